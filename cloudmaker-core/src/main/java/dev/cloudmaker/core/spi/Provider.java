package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.http.CallStats;
import java.util.Optional;

/**
 * One cloud, translated one resource kind at a time: each facet ({@link Servers}, {@link Keys},
 * {@link Images}, {@link Catalog}, {@link DnsProvider}) reads and writes its own resources. The engine
 * owns ordering, concurrency, waiting and idempotency. Creates are never retried blindly by a provider:
 * an {@link dev.cloudmaker.core.ApiException} with {@code outcomeUnknown} goes back to the engine, which
 * finds the server again by namespace and name.
 */
public interface Provider extends AutoCloseable {
    /** The provider's type ({@code digitalocean}, {@code local}). */
    String name();

    /** What this cloud can and cannot do, so core and the contract tests need not guess. */
    Capabilities capabilities();

    Catalog catalog();

    Servers servers();

    Keys keys();

    Images images();

    /** The account's DNS, when this cloud hosts zones. */
    Optional<DnsProvider> dns();

    /** What the provider makes per namespace besides servers, to remove when the namespace has none left. */
    default Optional<NamespaceResources> namespaceResources() {
        return Optional.empty();
    }

    /**
     * Called before every SSH connection to a server: refuses (throws) when its address would not reach
     * the server itself, e.g. a local machine whose address the host does not route via its bridge.
     */
    default void checkReachable(CloudServer server) {
    }

    /** The per-request statistics of this provider's API client. */
    CallStats callStats();

    @Override
    void close();
}
