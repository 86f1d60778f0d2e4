package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.Networking;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server as the provider reports it. {@code image} is the image slug (null when the image has none,
 * e.g. a snapshot or a retired image); {@code locked} means an action is still running on it.
 */
public record CloudServer(
        String id,
        String name,
        String region,
        String size,
        String image,
        ServerStatus status,
        boolean locked,
        boolean backups,
        List<String> tags,
        Networking networking,
        Instant createdAt) {

    public CloudServer {
        tags = List.copyOf(tags);
    }

    /** Running, unlocked and addressed: ready for DNS and for SSH to be tried. */
    public boolean ready() {
        return status == ServerStatus.ACTIVE && !locked && networking.publicIpv4() != null;
    }

    /** By name, in listing order; the first of two with one name wins (the planner refuses such namespaces). */
    public static Map<String, CloudServer> byName(Collection<CloudServer> servers) {
        Map<String, CloudServer> out = new LinkedHashMap<>();
        servers.forEach(s -> out.putIfAbsent(s.name(), s));
        return out;
    }

    public String describeState() {
        return status.label() + (locked ? ", locked" : "") + (networking.publicIpv4() == null ? ", no address yet" : "");
    }
}
