package dev.cloudmaker.local;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.Servers;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code "provider": "local"}: real machines on this host, each a {@code systemd-nspawn --boot}
 * container with systemd, sshd and cloud-init, on cloudmaker's own bridge. What a cloud does with an
 * API call, this does with the host's tools; see {@link LocalMachines}.
 */
final class LocalProvider implements Provider {
    /** Addresses are kept across restarts, seeds carry user data, no create token, resize in place, no DNS. */
    private static final Capabilities CAPABILITIES = new Capabilities(true, true, false, true, false);

    private final LocalMachines machines;
    private final LocalCatalog catalog;
    private final LocalServers servers;
    private final LocalAccountKeys keys;
    private final LocalImages images;

    LocalProvider(LocalSettings settings, Consumer<String> notices) {
        NspawnHost nspawn = new NspawnHost();
        ImageStore imageStore = new ImageStore(settings.images(), nspawn);
        this.machines = new LocalMachines(settings, nspawn, imageStore, notices);
        this.catalog = new LocalCatalog(imageStore);
        this.servers = new LocalServers(machines);
        this.keys = new LocalAccountKeys(new LocalKeys(settings.home().resolve("keys")));
        this.images = new LocalImages(machines, catalog);
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Servers servers() {
        return servers;
    }

    @Override
    public Keys keys() {
        return keys;
    }

    @Override
    public Images images() {
        return images;
    }

    @Override
    public Optional<DnsProvider> dns() {
        return Optional.empty();
    }

    @Override
    public void checkReachable(CloudServer server) {
        machines.checkRoutes(server.networking().publicIpv4(), server.name());
    }

    /** No API, so nothing to count. */
    @Override
    public CallStats callStats() {
        return new CallStats();
    }

    @Override
    public void close() {
        // nothing held open: machines run on after cloudmaker exits, like a cloud's servers
    }
}
