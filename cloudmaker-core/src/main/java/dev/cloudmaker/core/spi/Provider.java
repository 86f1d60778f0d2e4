package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.SshPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One cloud, translated one resource at a time. The engine owns ordering, concurrency, waiting and
 * idempotency; a provider only reads and writes. Creates are never retried blindly by a provider:
 * an {@link dev.cloudmaker.core.ApiException} with {@code outcomeUnknown} goes back to the engine,
 * which finds the server again by namespace tag and name.
 */
public interface Provider extends AutoCloseable {
    String name();

    Catalog catalog();

    Optional<DnsProvider> dns();

    Optional<CloudKey> findKey(SshPublicKey key);

    CloudKey createKey(String name, SshPublicKey key);

    /** Every server carrying the namespace tag, read in as few calls as the API allows. */
    List<CloudServer> listServers(String namespaceTag);

    /** Every server in the account whatever its tags; used to name who holds a conflicting address. */
    List<CloudServer> listAllServers();

    /** How many requests of the same shape one create call may carry. */
    int maxServersPerCreate();

    /** Creates servers equal but for their names in one call; they come back still booting. */
    List<CloudServer> createServers(List<ServerRequest> sameShape);

    /** Deleting a server that is already gone is not an error. */
    void deleteServer(String serverId);

    /** One server by id, whatever its tags; empty when there is none. */
    Optional<CloudServer> getServer(String serverId);

    /**
     * Asks for a power change and returns once the provider has accepted it, without waiting for it to
     * finish (callers wait on {@link #getServer}). Starting a running server or stopping a stopped one
     * does nothing. A server busy with another action is waited for, bounded by {@code timeout}.
     */
    void power(String serverId, PowerAction action, Duration timeout);

    /**
     * Saves the server's disk as a private image named {@code imageName} and returns it once it can be
     * used to create servers (its id goes into {@link ServerRequest#image()}). Waits at most {@code timeout}.
     */
    ImageInfo snapshotServer(String serverId, String imageName, Duration timeout);

    /** The account's private images made from servers, whoever made them. */
    List<ImageInfo> listSnapshots();

    /** Deleting a snapshot that is already gone is not an error. */
    void deleteSnapshot(String imageId);

    /** Adds a tag to a server (creating the tag where the provider needs that); already tagged is fine. */
    void tagServer(String serverId, String tag);

    /** Removes a tag from a server; not tagged is fine. */
    void untagServer(String serverId, String tag);

    /** Every SSH key registered in the account. */
    List<CloudKey> listKeys();

    /** Deleting a key that is already gone is not an error; servers that have it keep it until `keys sync`. */
    void deleteKey(String keyId);

    /** Changes CPU and memory (not the disk, so it can be undone); waits for the change to finish. */
    void resizeServer(String serverId, String size, Duration timeout);

    /**
     * Called before every SSH connection to a server: refuses (throws) when its address would not reach
     * the server itself, e.g. a local machine whose address the host does not route via its bridge.
     */
    default void checkReachable(CloudServer server) {
    }

    /** The per-request statistics of this provider's API client. */
    dev.cloudmaker.core.http.CallStats callStats();

    @Override
    void close();
}
