package dev.cloudmaker.local;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code "provider": "local"}: real machines on this host, each a {@code systemd-nspawn --boot}
 * container with systemd, sshd and cloud-init, on cloudmaker's own bridge. What a cloud does with an
 * API call, this does with the host's tools; see {@link LocalMachines}.
 */
final class LocalProvider implements Provider {
    private final LocalMachines machines;
    private final LocalCatalog catalog;
    private final LocalKeys keys;

    LocalProvider(LocalSettings settings, Consumer<String> notices) {
        NspawnHost nspawn = new NspawnHost();
        ImageStore images = new ImageStore(settings.images(), nspawn);
        this.machines = new LocalMachines(settings, nspawn, images, notices);
        this.catalog = new LocalCatalog(images);
        this.keys = new LocalKeys(settings.home().resolve("keys"));
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Optional<DnsProvider> dns() {
        return Optional.empty();
    }

    /**
     * The definition's key needs no registering: its line is its id, and it goes into each machine's
     * seed at creation. (Answering with a registered key's id instead would hand machines an id their
     * seed cannot turn back into a key.)
     */
    @Override
    public Optional<CloudKey> findKey(SshPublicKey key) {
        return Optional.of(new CloudKey(key.line(), "local", key.md5Fingerprint(), key.line()));
    }

    /** Registers the key in this host's key registry (see {@link LocalKeys}); what {@code keys add} does. */
    @Override
    public CloudKey createKey(String name, SshPublicKey key) {
        return keys.create(name, key);
    }

    @Override
    public List<CloudServer> listServers(String namespaceTag) {
        return machines.list().stream().filter(m -> m.tags().contains(namespaceTag)).map(this::server).toList();
    }

    @Override
    public List<CloudServer> listAllServers() {
        return machines.list().stream().map(this::server).toList();
    }

    @Override
    public int maxServersPerCreate() {
        return 16;
    }

    @Override
    public List<CloudServer> createServers(List<ServerRequest> sameShape) {
        return machines.create(sameShape).stream().map(this::server).toList();
    }

    @Override
    public void deleteServer(String serverId) {
        machines.delete(serverId);
    }

    @Override
    public void resizeServer(String serverId, String size, Duration timeout) {
        machines.resize(serverId, size);
    }

    @Override
    public Optional<CloudServer> getServer(String serverId) {
        return machines.get(serverId).map(this::server);
    }

    /** Done when this returns: a local power change takes seconds, and the host-wide lock keeps others out meanwhile. */
    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        machines.power(serverId, action, timeout);
    }

    /** The machine must be stopped; see {@link Snapshots}. */
    @Override
    public ImageInfo snapshotServer(String serverId, String imageName, Duration timeout) {
        return LocalCatalog.imageOf(machines.snapshot(serverId, imageName, timeout));
    }

    @Override
    public List<ImageInfo> listSnapshots() {
        return catalog.snapshots();
    }

    @Override
    public void deleteSnapshot(String imageId) {
        machines.deleteSnapshot(imageId);
    }

    @Override
    public void tagServer(String serverId, String tag) {
        machines.tag(serverId, tag, true);
    }

    @Override
    public void untagServer(String serverId, String tag) {
        machines.tag(serverId, tag, false);
    }

    @Override
    public void checkReachable(CloudServer server) {
        machines.checkRoutes(server.networking().publicIpv4(), server.name());
    }

    @Override
    public CallStats callStats() {
        return new CallStats();
    }

    @Override
    public void close() {
        // nothing held open: machines run on after cloudmaker exits, like a cloud's servers
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
                new Networking(m.address(), null, null), Instant.parse(m.createdAt()), null);
    }

    // The host-wide key registry standing in for an account's keys: Namespace.keys and removeKey (the CLI's
    // keys list and keys remove) go through these, and LocalContractIT holds them to the provider contract.
    @Override
    public List<CloudKey> listKeys() {
        return keys.list();
    }

    @Override
    public void deleteKey(String keyId) {
        keys.delete(keyId);
    }
}
