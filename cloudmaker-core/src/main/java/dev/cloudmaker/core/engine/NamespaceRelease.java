package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.spi.NamespaceResources;
import dev.cloudmaker.core.spi.Provider;
import java.util.Optional;

/**
 * After servers were deleted on a provider: when the namespace has no server left there (as the cloud lists it, so
 * servers another definition or provider entry made in the same account count too), the provider removes what it made
 * for the namespace ({@link NamespaceResources}). A namespace with servers left keeps everything.
 */
final class NamespaceRelease {
    private final String namespace;
    private final ApplyListener listener;

    NamespaceRelease(String namespace, ApplyListener listener) {
        this.namespace = namespace;
        this.listener = listener;
    }

    /** Releases on {@code provider} (named {@code label} for the progress) if the namespace has no server there. */
    void ifEmpty(String label, Provider provider) {
        Optional<NamespaceResources> resources = provider.namespaceResources();
        if (resources.isEmpty() || !provider.servers().list(namespace).isEmpty()) {
            return;
        }
        resources.get().release(namespace).forEach(line -> listener.step(line, "deleted (namespace " + namespace
                + " has no server left on " + label + ")"));
    }
}
