package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.ServerSpec;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The servers of an account. Every server a method returns comes back with its namespace decoded. */
public interface Servers {
    /** Every server marked with the namespace, read in as few calls as the API allows. */
    List<CloudServer> list(String namespace);

    /**
     * Every server in the account whatever its marks: to name who holds a conflicting address, to find a
     * declared server made outside cloudmaker, and for the account's inventory.
     */
    List<CloudServer> listAll();

    /** Whether the API gives server ids as JSON numbers (DigitalOcean's droplets); the inventory writes them the same way. */
    default boolean numericIds() {
        return false;
    }

    /** One server by id, whatever its marks; empty when there is none (a malformed id included). */
    Optional<CloudServer> get(String serverId);

    /** Creates one server, marked with the request's namespace; it comes back still booting. */
    CloudServer create(ServerRequest request);

    /** Creating many servers in one call, where the cloud offers it. */
    default Optional<BatchCreate> batch() {
        return Optional.empty();
    }

    /** Deleting a server that is already gone is not an error. */
    void delete(String serverId);

    /**
     * Asks for a power change and returns once the provider has accepted it, without waiting for it to
     * finish (callers wait on {@link #get}). Starting a running server or stopping a stopped one does
     * nothing. A server busy with another action is waited for, bounded by {@code timeout}.
     */
    void power(String serverId, PowerAction action, Duration timeout);

    /** Changes CPU and memory (not the disk, so it can be undone); waits for the change to finish. */
    void resize(String serverId, String size, Duration timeout);

    /** Puts a mark on a server ({@code on}) or takes it off; marking twice or removing an absent mark is fine. */
    void mark(String serverId, Mark mark, boolean on);

    /**
     * What changing {@code have} into {@code want} takes on this cloud (both on this provider): a cloud whose
     * server reports a resolved image id for an alias, or that cannot resize, says so here.
     */
    default ServerChange plan(ServerSpec want, CloudServer have) {
        return ServerChange.byEquality(want, have);
    }

    /**
     * The DNS names the cloud gives these servers itself, without records of cloudmaker's (Triton CNS's
     * {@code dns_names}), by server id, for the inventory; servers the cloud names nothing are left out.
     */
    default Map<String, List<String>> cloudNames(Collection<CloudServer> servers) {
        return Map.of();
    }
}
