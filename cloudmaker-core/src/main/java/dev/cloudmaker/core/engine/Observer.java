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
 * Reads what the cloud has, in parallel and in as few calls as possible: one lookup for the key,
 * one listing of the namespace, the domains and the records of the zones the definition uses,
 * the regions. If an earlier run was killed right after creating servers, their names are
 * waited for (up to the visibility grace) so they are not created twice.
 */
final class Observer {
    private final Provider provider;
    private final Definition definition;
    private final Journal journal;
    private final EngineSettings settings;
    private final ApplyListener listener;

    Observer(Provider provider, Definition definition, Journal journal, EngineSettings settings, ApplyListener listener) {
        this.provider = provider;
        this.definition = definition;
        this.journal = journal;
        this.settings = settings;
        this.listener = listener;
    }

    Observed read(SshPublicKey key, boolean withRegions) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Optional<CloudKey>> foundKey = pool.submit(() -> provider.findKey(key));
            Future<List<CloudServer>> servers = pool.submit(this::serversAfterInterruptedRun);
            Future<List<RegionInfo>> regions = pool.submit(() -> withRegions ? provider.catalog().regions() : List.<RegionInfo>of());
            boolean wantsDns = definition.servers().stream().anyMatch(s -> !s.names().isEmpty());
            List<String> domains = wantsDns ? dns().domains() : List.of();
            Map<String, List<DnsRecord>> records = recordsOfZonesInUse(domains);
            return new Observed(get(foundKey), get(servers), domains, records, get(regions));
        }
    }

    /** Every zone's records, for the inventory. */
    Map<String, List<DnsRecord>> allRecords() {
        if (provider.dns().isEmpty()) {
            return Map.of();
        }
        return recordsOf(dns().domains());
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
        List<Throwable> failures = Parallel.forEach(list, settings.parallelism(), z -> out.put(z, dns().records(z)));
        if (!failures.isEmpty()) {
            throw asRuntime(failures.get(0));
        }
        return Map.copyOf(out);
    }

    private List<CloudServer> serversAfterInterruptedRun() {
        String tag = NamespaceTag.of(definition.namespace());
        List<CloudServer> servers = provider.listServers(tag);
        Map<String, PendingCreate> pending = journal.pendingCreates();
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
            journal.seen(pending.keySet());
            return servers;
        }
        listener.step("servers " + missing, "an interrupted run created them moments ago; waiting for the API to list them");
        Instant latest = missing.stream().map(pending::get).map(PendingCreate::sentAt).max(Instant::compareTo).orElse(now);
        List<CloudServer> after = Waiter.waitingFor("servers " + missing + " from an interrupted run to be listed",
                        // a poll past the grace ends the wait normally; the extra poll interval keeps the timeout from firing first
                        java.time.Duration.between(now, latest.plus(settings.visibilityGrace())).plus(settings.pollMax()))
                .polling(settings.pollInitial(), settings.pollMax())
                .using(settings.clock(), settings.sleeper())
                .until(() -> provider.listServers(tag),
                        list -> list.stream().map(CloudServer::name).collect(Collectors.toSet()).containsAll(missing)
                                || !settings.clock().instant().isBefore(latest.plus(settings.visibilityGrace())),
                        list -> "still missing");
        journal.seen(pending.keySet());
        return after;
    }

    private dev.cloudmaker.core.spi.DnsProvider dns() {
        return provider.dns().orElseThrow(() -> new CloudmakerException(
                "provider " + provider.name() + " has no DNS service, but the definition declares DNS names"));
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
