package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.plan.DnsNames;
import dev.cloudmaker.core.plan.Observed;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.PendingCreate;
import dev.cloudmaker.core.time.Waiter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Reads what the clouds have, every provider at once and each in as few calls as possible: one lookup
 * for the key, one listing of the namespace and the regions per provider; the domains and the records of
 * the zones the definition uses from the DNS provider. When a declared server is missing from the namespace,
 * one listing of each account finds servers outside every namespace that bear its name. If an earlier run was killed right after creating
 * servers, their names are waited for (up to the visibility grace) so they are not created twice.
 */
final class Observer {
    private final Providers providers;
    private final Definition definition;
    private final Journal journal;
    private final EngineSettings settings;
    private final ApplyListener listener;

    Observer(Providers providers, Definition definition, Journal journal, EngineSettings settings, ApplyListener listener) {
        this.providers = providers;
        this.definition = definition;
        this.journal = journal;
        this.settings = settings;
        this.listener = listener;
    }

    Observed read(SshPublicKey key, boolean withRegions) {
        return read(key, withRegions, false);
    }

    /** @param outside also look outside the namespace for the declared servers missing from it ({@link Observed#unmanaged()}) */
    Observed read(SshPublicKey key, boolean withRegions, boolean outside) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<String, Future<Optional<CloudKey>>> keys = new LinkedHashMap<>();
            Map<String, Future<List<CloudServer>>> servers = new LinkedHashMap<>();
            Map<String, Future<List<RegionInfo>>> regions = new LinkedHashMap<>();
            for (String name : providers.names()) {
                Provider provider = providers.get(name);
                keys.put(name, pool.submit(() -> provider.keys().find(key)));
                servers.put(name, pool.submit(() -> serversAfterInterruptedRun(name, provider)));
                regions.put(name, pool.submit(() -> withRegions ? provider.catalog().regions() : List.<RegionInfo>of()));
            }
            List<String> domains = definition.wantsDns() ? providers.dns().domains() : List.of();
            Map<String, List<DnsRecord>> records = recordsOfZonesInUse(domains);
            List<CloudServer> all = new ArrayList<>();
            servers.values().forEach(f -> all.addAll(get(f)));
            Set<String> listed = all.stream().map(CloudServer::name).collect(Collectors.toSet());
            Set<String> missing = !outside ? Set.of() : definition.servers().stream().map(ServerSpec::name).filter(n -> !listed.contains(n))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new Observed(getAll(keys), all, domains, records, getAll(regions), UnmanagedServers.named(providers, missing));
        }
    }

    /** Every zone's records, for the inventory; none when the definition has no DNS provider. */
    Map<String, List<DnsRecord>> allRecords() {
        if (providers.dnsName() == null) {
            return Map.of();
        }
        return recordsOf(providers.dns().domains());
    }

    Map<String, List<DnsRecord>> recordsOfZonesInUse(List<String> domains) {
        Set<String> zones = new LinkedHashSet<>();
        for (ServerSpec s : definition.servers()) {
            for (String name : s.names()) {
                String zone = DnsNames.zoneFor(name, domains);
                if (zone != null) {
                    zones.add(domains.stream().filter(d -> DnsNames.normalize(d).equals(zone)).findFirst().orElse(zone));
                }
            }
        }
        return recordsOf(zones);
    }

    private Map<String, List<DnsRecord>> recordsOf(Iterable<String> zones) {
        Map<String, List<DnsRecord>> out = new ConcurrentHashMap<>();
        List<String> list = new java.util.ArrayList<>();
        zones.forEach(list::add);
        List<Throwable> failures = Parallel.forEach(list, settings.parallelism(), z -> out.put(z, providers.dns().records(z)));
        if (!failures.isEmpty()) {
            throw asRuntime(failures.get(0));
        }
        return Map.copyOf(out);
    }

    /** Pending creates are looked for on the provider their server is declared on. */
    private List<CloudServer> serversAfterInterruptedRun(String providerName, Provider provider) {
        String namespace = definition.namespace();
        List<CloudServer> servers = provider.servers().list(namespace);
        Map<String, PendingCreate> pending = new LinkedHashMap<>(journal.pendingCreates());
        // a pending create is looked for on the provider it was sent to (older entries: the one its server is declared on)
        pending.entrySet().removeIf(e -> !providerName.equals(e.getValue().provider() != null ? e.getValue().provider()
                : definition.server(e.getKey()).map(ServerSpec::provider).orElse(providerName)));
        if (pending.isEmpty()) {
            return servers;
        }
        Set<String> listed = servers.stream().map(CloudServer::name).collect(Collectors.toSet());
        journal.seen(listed);
        Instant now = settings.clock().instant();
        Set<String> missing = pending.entrySet().stream()
                .filter(e -> !listed.contains(e.getKey()))
                .filter(e -> now.isBefore(e.getValue().sentAt().plus(settings.visibilityGrace())))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (missing.isEmpty()) {
            forgetUnlisted(pending.keySet(), provider);
            return servers;
        }
        listener.step("servers " + missing, "an interrupted run created them moments ago; waiting for the API to list them");
        Instant latest = missing.stream().map(pending::get).map(PendingCreate::sentAt).max(Instant::compareTo).orElse(now);
        List<CloudServer> after = Waiter.waitingFor("servers " + missing + " from an interrupted run to be listed",
                        // a poll past the grace ends the wait normally; the extra poll interval keeps the timeout from firing first
                        java.time.Duration.between(now, latest.plus(settings.visibilityGrace())).plus(settings.pollMax()))
                .polling(settings.pollInitial(), settings.pollMax())
                .using(settings.clock(), settings.sleeper())
                .reporting(listener)
                .until(() -> provider.servers().list(namespace),
                        list -> list.stream().map(CloudServer::name).collect(Collectors.toSet()).containsAll(missing)
                                || !settings.clock().instant().isBefore(latest.plus(settings.visibilityGrace())),
                        list -> "still missing");
        journal.seen(after.stream().map(CloudServer::name).toList());
        forgetUnlisted(pending.keySet(), provider);
        return after;
    }

    /**
     * Pending creates past their grace that never appeared were most likely never made. Where the cloud takes an
     * idempotency key, their entries stay: the create is planned again and sent with the same launch, so a create
     * that did happen after all is returned instead of made twice. Elsewhere, or when the definition no longer
     * declares the server, they are forgotten.
     */
    private void forgetUnlisted(Set<String> names, Provider provider) {
        boolean keep = provider.capabilities().idempotentCreate();
        journal.seen(names.stream().filter(n -> !keep || definition.server(n).isEmpty()).toList());
    }

    private static <T> Map<String, T> getAll(Map<String, Future<T>> futures) {
        Map<String, T> out = new LinkedHashMap<>();
        futures.forEach((name, f) -> out.put(name, get(f)));
        return out;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw asRuntime(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudmakerException("interrupted", e);
        }
    }

    private static RuntimeException asRuntime(Throwable t) {
        return t instanceof RuntimeException r ? r : new CloudmakerException(t.getMessage(), t);
    }
}
