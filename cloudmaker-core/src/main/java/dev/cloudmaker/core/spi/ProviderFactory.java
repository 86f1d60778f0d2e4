package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.CloudmakerException;
import java.util.ServiceLoader;

/** Found through {@link ServiceLoader}; one per provider module. */
public interface ProviderFactory {
    /** The {@code provider} value in cloud.json, e.g. {@code digitalocean}. */
    String name();

    Provider create(ProviderSettings settings);

    static ProviderFactory named(String name) {
        for (ProviderFactory f : ServiceLoader.load(ProviderFactory.class)) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new CloudmakerException("no provider named \"" + name + "\" is installed");
    }
}
