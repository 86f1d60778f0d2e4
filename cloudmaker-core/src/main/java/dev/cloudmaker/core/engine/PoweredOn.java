package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.spi.CloudServer;
import java.util.List;

/**
 * A server after {@link PowerOn}.
 *
 * @param server the server as read once it ran; null when the start was only asked for, not awaited
 * @param moved  what its DNS names did, one line per record changed or left alone (empty when none had to follow)
 */
public record PoweredOn(CloudServer server, List<String> moved) {
    public PoweredOn {
        moved = List.copyOf(moved);
    }
}
