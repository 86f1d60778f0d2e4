package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
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
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.state.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies a plan in dependency order: key → domains → stale records → servers (replace, create,
 * resize) → wait until ready → records → deleted servers. Each stage runs its steps in parallel up
 * to the bound; a stage with failures stops the run after it, leaving a state the next run finishes.
 */
public final class Engine {
    private final Provider provider;
    private final String namespaceTag;
    private final Journal journal;
    private final EngineSettings settings;
    private final ApplyListener listener;

    public Engine(Provider provider, String namespaceTag, Journal journal, EngineSettings settings, ApplyListener listener) {
        this.provider = provider;
        this.namespaceTag = namespaceTag;
        this.journal = journal;
        this.settings = settings;
        this.listener = listener;
    }

    /**
     * @param key       the user's public key, uploaded if the plan says so
     * @param knownKey  the key as already registered, if it is
     * @param observed  the namespace's servers as read for the plan, by name
     * @return the namespace's servers after the apply, by name (as last listed)
     */
    public Map<String, CloudServer> apply(Plan plan, SshPublicKey key, Optional<CloudKey> knownKey,
                                          Map<String, CloudServer> observed) {
        Map<String, CloudServer> servers = new LinkedHashMap<>(observed);
        List<String> keyIds = java.util.Collections.synchronizedList(new ArrayList<>());
        knownKey.ifPresent(k -> keyIds.add(k.id()));
        stage("uploading the SSH key", plan.actionsOf(UploadKey.class), upload -> {
            CloudKey created = provider.createKey(upload.name(), key);
            listener.step("key " + upload.name(), "uploaded (fingerprint " + created.fingerprint() + ")");
            keyIds.add(created.id());
        });

        stage("creating domains", plan.actionsOf(CreateDomain.class), d -> {
            dns().createDomain(d.domain());
            listener.step("domain " + d.domain(), "created");
        });
        stage("deleting DNS records", plan.actionsOf(DeleteRecord.class), r -> {
            dns().deleteRecord(r.domain(), r.recordId());
            listener.step(r.type() + " " + r.fqdn(), "deleted (was " + r.data() + ")");
        });
        stage("deleting servers to replace", plan.actionsOf(ReplaceServer.class), r -> {
            provider.deleteServer(r.serverId());
            servers.remove(r.create().name());
            listener.step("server " + r.create().name(), "deleted for replacement (" + r.reason() + ")");
        });
        stage("resizing servers", plan.actionsOf(ResizeServer.class), r -> {
            listener.step("server " + r.name(), "resizing " + r.fromSize() + " → " + r.toSize() + " (powered off meanwhile)");
            new ServerResize(provider, settings).apply(r, servers.get(r.name()));
            listener.step("server " + r.name(), "resized to " + r.toSize());
        });

        List<CreateServer> creates = new ArrayList<>(plan.actionsOf(CreateServer.class));
        plan.actionsOf(ReplaceServer.class).forEach(r -> creates.add(r.create()));
        Set<String> needAddresses = serversNeedingAddresses(plan);
        if (!creates.isEmpty() || !needAddresses.isEmpty()) {
            try {
                servers.putAll(new ServerCreator(provider, namespaceTag, journal, settings, listener)
                        .createAndAwait(creates, keyIds, needAddresses));
            } catch (CloudmakerException e) {
                throw new ApplyException("servers: " + e.getMessage() + "\nRun provision again to finish; it finds what was created.", e);
            }
        }

        if (!plan.actionsOf(CreateRecord.class).isEmpty() || !plan.actionsOf(UpdateRecord.class).isEmpty()) {
            RecordWriter records = new RecordWriter(dns(), settings.recordTtl(), listener);
            stage("writing DNS records", plan.actionsOf(CreateRecord.class), r -> records.create(r, servers));
            stage("updating DNS records", plan.actionsOf(UpdateRecord.class), r -> records.update(r, servers));
        }
        stage("deleting servers", plan.actionsOf(DeleteServer.class), d -> {
            provider.deleteServer(d.serverId());
            servers.remove(d.name());
            listener.step("server " + d.name(), "deleted");
        });
        return servers;
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
        List<Throwable> failures = Parallel.forEach(steps, settings.parallelism(), step);
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            throw new ApplyException(what + ": " + failures.size() + " of " + steps.size() + " steps failed; first: "
                    + first.getMessage() + "\nRun provision again to finish; completed steps are not repeated.", first);
        }
    }

    private DnsProvider dns() {
        return provider.dns().orElseThrow(() -> new CloudmakerException(
                "provider " + provider.name() + " has no DNS service, but the definition declares DNS names"));
    }
}
