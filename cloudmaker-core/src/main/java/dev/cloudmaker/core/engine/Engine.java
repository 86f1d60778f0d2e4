package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.plan.PlanAction.AdoptServer;
import dev.cloudmaker.core.plan.PlanAction.CreateDomain;
import dev.cloudmaker.core.plan.PlanAction.CreateRecord;
import dev.cloudmaker.core.plan.PlanAction.CreateServer;
import dev.cloudmaker.core.plan.PlanAction.DeleteRecord;
import dev.cloudmaker.core.plan.PlanAction.DeleteServer;
import dev.cloudmaker.core.plan.PlanAction.ReplaceServer;
import dev.cloudmaker.core.plan.PlanAction.ResizeServer;
import dev.cloudmaker.core.plan.PlanAction.UpdateRecord;
import dev.cloudmaker.core.plan.PlanAction.UploadKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.LeaseLostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a plan in dependency order: keys → imported servers → domains → stale records → servers (replace, create,
 * resize) → wait until ready → records → deleted servers →
 * what a namespace left without servers no longer uses ({@link NamespaceRelease}). Each stage runs its steps in parallel up
 * to the bound, each step on the provider its action names; servers are created and awaited on every
 * provider at once (each with its own batching and pacing), and DNS comes once, on the DNS provider,
 * after every server has its addresses: record by record, or one batch per zone and stage where the DNS provider
 * takes batches ({@link RecordBatches}). A stage with failures stops the run after it, leaving a state
 * the next run finishes.
 */
public final class Engine {
    private final Providers providers;
    private final String namespace;
    private final Journal journal;
    private final EngineSettings settings;
    private final ApplyListener listener;
    private final Function<String, List<String>> namesOf;

    /** An engine that knows no server's declared DNS names: a power-on moves none ({@link NamesFollow}). */
    public Engine(Providers providers, String namespace, Journal journal, EngineSettings settings, ApplyListener listener) {
        this(providers, namespace, journal, settings, listener, name -> List.of());
    }

    /** @param namesOf a server's declared DNS names, which follow it when a resize gives it a new address */
    public Engine(Providers providers, String namespace, Journal journal, EngineSettings settings, ApplyListener listener,
                  Function<String, List<String>> namesOf) {
        this.namesOf = namesOf;
        this.providers = providers;
        this.namespace = namespace;
        this.journal = journal;
        this.settings = settings;
        this.listener = listener;
    }

    /**
     * @param key       the user's public key, uploaded where the plan says so
     * @param knownKeys the key as already registered with each provider, where it is
     * @param observed  the namespace's servers as read for the plan, by name
     * @return the namespace's servers after the apply, by name (as last listed)
     */
    public Map<String, CloudServer> apply(Plan plan, SshPublicKey key, Map<String, Optional<CloudKey>> knownKeys,
                                          Map<String, CloudServer> observed) {
        Map<String, CloudServer> servers = new ConcurrentHashMap<>(observed);
        Map<String, List<String>> keyIds = new ConcurrentHashMap<>();
        knownKeys.forEach((p, k) -> k.ifPresent(found -> keyIds.put(p, List.of(found.id()))));
        stage("uploading the SSH key", plan.actionsOf(UploadKey.class), upload -> {
            CloudKey created = providers.get(upload.provider()).keys().create(Named.account(upload.name()), key);
            listener.step("key " + upload.name() + on(upload.provider()), "uploaded (fingerprint " + created.fingerprint() + ")");
            keyIds.put(upload.provider(), List.of(created.id()));
        });

        stage("importing servers", plan.actionsOf(AdoptServer.class), a -> {
            var onProvider = providers.get(a.provider()).servers();
            onProvider.mark(a.serverId(), new Mark.Namespace(namespace), true);
            CloudServer adopted = onProvider.get(a.serverId()).orElseThrow(() -> new CloudmakerException(
                    "server " + a.name() + " (id " + a.serverId() + ") is gone while it was imported; run provision again"));
            servers.put(a.name(), adopted);
            listener.step("server " + a.name(), "imported into namespace " + namespace + " (id " + a.serverId() + ")");
        });
        stage("creating domains", plan.actionsOf(CreateDomain.class), d -> {
            providers.dns().createDomain(d.domain());
            listener.step("domain " + d.domain(), "created");
        });
        Optional<RecordBatches> batches = hasRecords(plan)
                ? RecordBatches.offered(providers.dns(), settings.recordTtl(), listener) : Optional.empty();
        if (batches.isPresent()) {
            stage("deleting DNS records", batches.get().deletes(plan.actionsOf(DeleteRecord.class)), batches.get()::send);
        } else {
            stage("deleting DNS records", plan.actionsOf(DeleteRecord.class), r -> {
                providers.dns().deleteRecord(r.domain(), r.recordId());
                listener.step(r.type() + " " + r.fqdn(), "deleted (was " + r.data() + ")");
            });
        }
        stage("deleting servers to replace", plan.actionsOf(ReplaceServer.class), r -> {
            providers.get(r.provider()).servers().delete(r.serverId());
            servers.remove(r.create().name());
            listener.step("server " + r.create().name(), "deleted for replacement (" + r.reason() + ")");
        });
        NamesFollow follow = NamesFollow.of(providers, namesOf, servers::values);
        Set<String> readdressed = ConcurrentHashMap.newKeySet();
        stage("resizing servers", plan.actionsOf(ResizeServer.class), r -> {
            listener.step("server " + r.name(), "resizing " + r.fromSize() + " → " + r.toSize() + " (powered off meanwhile)");
            // powered on again at a new address on some clouds: the records below and cloud.json need the server as it runs now
            CloudServer before = servers.get(r.name());
            new ServerResize(providers.get(r.provider()), settings, follow).apply(r, before).ifPresent(on -> {
                servers.put(r.name(), on.server());
                if (!on.server().networking().equals(before.networking())) {
                    readdressed.add(r.name());
                }
                on.moved().forEach(line -> listener.step("server " + r.name(), line));
            });
            listener.step("server " + r.name(), "resized to " + r.toSize());
        });

        List<CreateServer> creates = new ArrayList<>(plan.actionsOf(CreateServer.class));
        plan.actionsOf(ReplaceServer.class).forEach(r -> creates.add(r.create()));
        Set<String> needAddresses = serversNeedingAddresses(plan);
        createAndAwait(creates, needAddresses, keyIds, servers);

        // the address the plan wrote down for a record is outdated when a resize started its server at another one
        List<CreateRecord> recordCreates = plan.actionsOf(CreateRecord.class).stream()
                .map(r -> readdressed.contains(r.server()) ? r.addressAfterApply() : r).toList();
        List<UpdateRecord> recordUpdates = plan.actionsOf(UpdateRecord.class).stream()
                .map(r -> readdressed.contains(r.server()) ? r.addressAfterApply() : r).toList();
        if (batches.isPresent()) {
            stage("writing DNS records", batches.get().writes(recordCreates, recordUpdates, servers), batches.get()::send);
        } else if (!recordCreates.isEmpty() || !recordUpdates.isEmpty()) {
            RecordWriter records = new RecordWriter(providers.dns(), settings.recordTtl(), listener);
            stage("writing DNS records", recordCreates, r -> records.create(r, servers));
            stage("updating DNS records", recordUpdates, r -> records.update(r, servers));
        }
        stage("deleting servers", plan.actionsOf(DeleteServer.class), d -> {
            providers.get(d.provider()).servers().delete(d.serverId());
            servers.remove(d.name());
            listener.step("server " + d.name(), "deleted");
        });
        NamespaceRelease release = new NamespaceRelease(namespace, listener);
        stage("releasing what the namespace no longer uses", plan.actionsOf(DeleteServer.class).stream()
                .map(DeleteServer::provider).distinct().toList(), p -> release.ifEmpty(p, providers.get(p)));
        Map<String, CloudServer> inOrder = new LinkedHashMap<>();
        observed.keySet().stream().filter(servers::containsKey).forEach(n -> inOrder.put(n, servers.get(n)));
        servers.forEach(inOrder::putIfAbsent);
        return inOrder;
    }

    /**
     * Each provider's creates and awaited servers at once, one {@link ServerCreator} per provider; a server
     * whose address a record needs is awaited on the provider it runs on.
     */
    private void createAndAwait(List<CreateServer> creates, Set<String> needAddresses, Map<String, List<String>> keyIds,
                                Map<String, CloudServer> servers) {
        Map<String, List<CreateServer>> createsBy = new LinkedHashMap<>();
        Map<String, Set<String>> awaitBy = new LinkedHashMap<>();
        creates.forEach(c -> createsBy.computeIfAbsent(c.provider(), p -> new ArrayList<>()).add(c));
        for (String name : needAddresses) {
            String provider = creates.stream().filter(c -> c.name().equals(name)).map(CreateServer::provider).findFirst()
                    .orElseGet(() -> servers.get(name) == null ? null : servers.get(name).provider());
            if (provider != null) {
                awaitBy.computeIfAbsent(provider, p -> new LinkedHashSet<>()).add(name);
            }
        }
        Set<String> involved = new LinkedHashSet<>(createsBy.keySet());
        involved.addAll(awaitBy.keySet());
        List<Throwable> failures = Parallel.forEach(List.copyOf(involved), involved.size(), provider -> {
            Map<String, CloudServer> listed = new ServerCreator(providers.get(provider), namespace, journal, settings, listener)
                    .createAndAwait(createsBy.getOrDefault(provider, List.of()), keyIds.getOrDefault(provider, List.of()),
                            awaitBy.getOrDefault(provider, Set.of()));
            servers.putAll(listed);
        });
        if (!failures.isEmpty()) {
            Throwable first = failures.getFirst();
            if (first instanceof LeaseLostException lost) {
                throw lost;
            }
            throw new ApplyException("servers: " + first.getMessage() + "\nRun provision again to finish; it finds what was created.", first);
        }
    }

    /** " on nyc" when the definition has several providers; nothing when it has one. */
    private String on(String provider) {
        return providers.names().size() > 1 ? " on " + provider : "";
    }

    private static boolean hasRecords(Plan plan) {
        return plan.actions().stream().anyMatch(a -> a instanceof CreateRecord || a instanceof UpdateRecord
                || a instanceof DeleteRecord);
    }

    /** Servers whose address a record needs: the ones created now, and any not yet addressed. */
    private static Set<String> serversNeedingAddresses(Plan plan) {
        Set<String> names = new LinkedHashSet<>();
        for (PlanAction a : plan.actions()) {
            if (a instanceof CreateRecord r && r.data() == null) {
                names.add(r.server());
            } else if (a instanceof UpdateRecord r && r.data() == null) {
                names.add(r.server());
            }
        }
        return names;
    }

    private <T> void stage(String what, List<T> steps, Consumer<T> step) {
        if (steps.isEmpty()) {
            return;
        }
        journal.checkWritable();
        List<Throwable> failures = Parallel.forEach(steps, settings.parallelism(), t -> {
            journal.checkWritable();
            step.accept(t);
        });
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            if (first instanceof LeaseLostException lost) {
                throw lost;
            }
            throw new ApplyException(what + ": " + failures.size() + " of " + steps.size() + " steps failed; first: "
                    + first.getMessage() + "\nRun provision again to finish; completed steps are not repeated.", first);
        }
    }
}
