package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.NamespaceResources;
import dev.cloudmaker.core.spi.Provider;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After servers were deleted on a provider: when the namespace has no server left there (as the cloud lists it, so
 * servers another definition or provider entry made in the same account count too), the provider removes what it made
 * for the namespace ({@link NamespaceResources}). A namespace with servers left keeps everything. A destroy also
 * releases where the namespace had no server to begin with ({@link #whereNone}): what a release that failed left.
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
        release(label, resources.get());
    }

    /**
     * Releases on each provider offering {@link NamespaceResources} where {@code servers} (the namespace's, as listed
     * for the plan) has none, such as what an earlier destroy left when its release failed: the plan of the next one
     * deletes nothing there. Lists nothing again, and calls no provider without the facet.
     */
    void whereNone(Providers providers, Collection<CloudServer> servers) {
        Set<String> holding = servers.stream().map(CloudServer::provider).collect(Collectors.toSet());
        providers.names().stream().filter(name -> !holding.contains(name))
                .forEach(name -> providers.get(name).namespaceResources().ifPresent(r -> release(name, r)));
    }

    private void release(String label, NamespaceResources resources) {
        resources.release(namespace).forEach(line -> listener.step(line, "deleted (namespace " + namespace
                + " has no server left on " + label + ")"));
    }
}
