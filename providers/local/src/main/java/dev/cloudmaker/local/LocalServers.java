package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.BatchCreate;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Local machines as servers; marks are tags in each machine's record ({@link CloudmakerTags}). */
final class LocalServers implements Servers, BatchCreate {
    /** Machines made under one host lock; more would hold the lock (and other runs) too long. */
    private static final int MAX_PER_CALL = 16;

    private final LocalMachines machines;

    LocalServers(LocalMachines machines) {
        this.machines = machines;
    }

    @Override
    public List<CloudServer> list(String namespace) {
        String tag = CloudmakerTags.namespaceTag(namespace);
        return machines.list().stream().filter(m -> m.tags().contains(tag)).map(this::server).toList();
    }

    @Override
    public List<CloudServer> listAll() {
        return machines.list().stream().map(this::server).toList();
    }

    @Override
    public Optional<CloudServer> get(String serverId) {
        return machines.get(serverId).map(this::server);
    }

    @Override
    public CloudServer create(ServerRequest request) {
        return create(List.of(request)).getFirst();
    }

    @Override
    public Optional<BatchCreate> batch() {
        return Optional.of(this);
    }

    @Override
    public int maxPerCall() {
        return MAX_PER_CALL;
    }

    @Override
    public List<CloudServer> create(List<ServerRequest> sameShape) {
        List<ServerRequest> tagged = sameShape.stream().map(r -> r.toBuilder().tags(CloudmakerTags.tags(r.namespace(), r.tags())).build()).toList();
        return machines.create(tagged).stream().map(this::server).toList();
    }

    @Override
    public void delete(String serverId) {
        machines.delete(serverId);
    }

    /** Done when this returns: a local power change takes seconds, and the host-wide lock keeps others out meanwhile. */
    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        machines.power(serverId, action, timeout);
    }

    @Override
    public void resize(String serverId, String size, Duration timeout) {
        machines.resize(serverId, size);
    }

    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        machines.tag(serverId, CloudmakerTags.tag(mark), on);
    }

    /**
     * A machine whose recorded process runs (the same PID and start time), or that still has processes
     * after its nspawn was killed, is active; otherwise it is off, whether it was stopped, crashed or
     * the host rebooted: START brings back any of them. A machine made from a snapshot reports no
     * image slug, as a cloud's server made from one does.
     */
    private CloudServer server(MachineRecord m) {
        ServerStatus status = machines.running(m) ? ServerStatus.ACTIVE : ServerStatus.OFF;
        String slug = ImageStore.RECIPES.containsKey(m.image()) ? m.image() : null;
        return new CloudServer(m.id(), m.name(), LocalCatalog.REGION, m.size(), slug, status, false, false, m.tags(),
                CloudmakerTags.namespaceOf(m.tags(), null), CloudmakerTags.poweredOffForResize(m.tags()),
                new Networking(m.address(), null, null), Instant.parse(m.createdAt()), null);
    }
}
