package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.NamespaceResources;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.Servers;
import java.util.Optional;

/**
 * A provider as one definition names it: every server it reports carries that name (see
 * {@link NamedServers}), so plans, the inventory and the CLI can tell which cloud and account a server is
 * on without asking each provider to know what the user called it.
 */
final class NamedProvider implements Provider {
    private final Provider provider;
    private final Servers servers;

    NamedProvider(String name, Provider provider) {
        this.provider = provider;
        this.servers = new NamedServers(name, provider.servers());
    }

    /** The provider's type name ({@code digitalocean}); the definition's name for it is what servers carry. */
    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public Capabilities capabilities() {
        return provider.capabilities();
    }

    @Override
    public Catalog catalog() {
        return provider.catalog();
    }

    @Override
    public Servers servers() {
        return servers;
    }

    @Override
    public Keys keys() {
        return provider.keys();
    }

    @Override
    public Images images() {
        return provider.images();
    }

    @Override
    public Optional<DnsProvider> dns() {
        return provider.dns();
    }

    @Override
    public Optional<NamespaceResources> namespaceResources() {
        return provider.namespaceResources();
    }

    @Override
    public void checkReachable(CloudServer server) {
        provider.checkReachable(server);
    }

    @Override
    public CallStats callStats() {
        return provider.callStats();
    }

    @Override
    public void close() {
        provider.close();
    }
}
