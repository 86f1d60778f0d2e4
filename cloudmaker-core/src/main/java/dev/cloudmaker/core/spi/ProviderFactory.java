package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.CloudmakerException;
import java.util.ServiceLoader;

/** Found through {@link ServiceLoader}; one per provider module. */
public interface ProviderFactory {
    /** The {@code provider} value in cloud.json, e.g. {@code digitalocean}. */
    String name();

    Provider create(ProviderSettings settings);

    /** Whether the provider needs an API token (a cloud) or not (machines on this host). */
    default boolean needsToken() {
        return true;
    }

    static ProviderFactory named(String name) {
        for (ProviderFactory f : ServiceLoader.load(ProviderFactory.class)) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new CloudmakerException("no provider named \"" + name + "\" is installed");
    }
}
