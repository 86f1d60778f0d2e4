package dev.cloudmaker.api;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;

/**
 * A connection to one provider account (or this host's local machines), for programs that drive
 * servers the way the CLI does:
 *
 * <pre>{@code
 * try (Cloud cloud = Cloud.connect("digitalocean", settings)) {
 *     Namespace staging = cloud.namespace("staging");
 *     for (CloudServer s : staging.servers()) { ... }
 * }
 * }</pre>
 *
 * Providers are found on the class path through {@link ProviderFactory}.
 */
public final class Cloud implements AutoCloseable {
    private final Provider provider;

    private Cloud(Provider provider) {
        this.provider = provider;
    }

    /** Connects to the provider named as in cloud.json ({@code digitalocean}, {@code local}). */
    public static Cloud connect(String providerName, ProviderSettings settings) {
        return new Cloud(ProviderFactory.named(providerName).create(settings));
    }

    /** Wraps a provider made elsewhere (a test's, or one configured by hand); closing the cloud closes it. */
    public static Cloud of(Provider provider) {
        return new Cloud(provider);
    }

    /** The servers, images and keys that carry this namespace's mark; see {@link Namespace}. */
    public Namespace namespace(String name) {
        return new Namespace(provider, name);
    }

    /** The provider underneath, for what the namespace view does not cover (catalogue, DNS). */
    public Provider provider() {
        return provider;
    }

    @Override
    public void close() {
        provider.close();
    }
}
