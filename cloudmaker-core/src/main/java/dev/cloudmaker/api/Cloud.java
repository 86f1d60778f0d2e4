package dev.cloudmaker.api;

import dev.cloudmaker.core.engine.NamesFollow;
import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;

/**
 * A connection to the providers of a definition, or to one provider account (or this host's local
 * machines), for programs that drive servers the way the CLI does:
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
    private final Providers providers;

    private Cloud(Providers providers) {
        this.providers = providers;
    }

    /** Connects to one provider of a type ({@code digitalocean}, {@code local}), named like its type. */
    public static Cloud connect(String type, ProviderSettings settings) {
        return of(ProviderFactory.named(type).create(settings));
    }

    /** Wraps a provider made elsewhere (a test's, or one configured by hand); closing the cloud closes it. */
    public static Cloud of(Provider provider) {
        return new Cloud(Providers.of(java.util.Map.of(provider.name(), provider), null));
    }

    /** Wraps a definition's providers; closing the cloud closes them. */
    public static Cloud of(Providers providers) {
        return new Cloud(providers);
    }

    /** The servers, images and keys that carry this namespace's mark, on every provider; see {@link Namespace}. */
    public Namespace namespace(String name) {
        return new Namespace(providers, name, server -> java.util.List.of());
    }

    /**
     * The definition's namespace, knowing each server's declared DNS names: a start that gives a server a new address
     * (EC2) moves them there ({@link Namespace#power}).
     */
    public Namespace namespace(Definition definition) {
        return new Namespace(providers, definition.namespace(), NamesFollow.declared(definition));
    }

    /** The one provider underneath, for what the namespace view does not cover (catalogue, DNS). */
    public Provider provider() {
        if (providers.names().size() != 1) {
            throw new IllegalStateException("this cloud has the providers " + providers.names() + "; use providers()");
        }
        return providers.get(providers.names().iterator().next());
    }

    public Providers providers() {
        return providers;
    }

    @Override
    public void close() {
        providers.close();
    }
}
