package dev.cloudmaker.core.spi;

import java.util.List;

/** Several servers equal but for their names (and idempotency keys) in one call: DigitalOcean's {@code names[]}. */
public interface BatchCreate {
    /** How many requests one call may carry. */
    int maxPerCall();

    /** Creates 1 to {@link #maxPerCall} servers of one {@link ServerRequest#shape()}; they come back still booting. */
    List<CloudServer> create(List<ServerRequest> sameShape);
}
