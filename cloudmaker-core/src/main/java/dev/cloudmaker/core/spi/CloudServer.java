package dev.cloudmaker.core.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cloudmaker.core.model.Networking;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A server as the provider reports it. {@code image} is the image slug (null when the image has none,
 * e.g. a snapshot or a retired image); {@code locked} means an action is still running on it. {@code tags}
 * are the provider's labels as it shows them (for display and filtering); {@code namespace} (null when none)
 * and {@code poweredOffForResize} are cloudmaker's {@link Mark}s, decoded by the provider.
 * {@code provider} is the name the definition gives the provider it runs on: providers report null and
 * cloudmaker fills it in ({@link #onProvider}) as the server is read through its definition's providers.
 * {@code diskGb} is the size of the server's disk as it is now (a resize of CPU and memory keeps it), 0 when
 * the cloud does not say or sets no limit. {@code fault} is the cloud's own word on why a {@link ServerStatus#FAILED}
 * server failed (Nova's fault message), null when it gives none.
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
        String namespace,
        boolean poweredOffForResize,
        Networking networking,
        Instant createdAt,
        String provider,
        int diskGb,
        @JsonInclude(JsonInclude.Include.NON_NULL) String fault) {

    public CloudServer {
        tags = List.copyOf(tags);
    }

    /** A server whose cloud does not report its disk. */
    public CloudServer(String id, String name, String region, String size, String image, ServerStatus status, boolean locked,
                       boolean backups, List<String> tags, String namespace, boolean poweredOffForResize, Networking networking,
                       Instant createdAt, String provider) {
        this(id, name, region, size, image, status, locked, backups, tags, namespace, poweredOffForResize, networking, createdAt,
                provider, 0);
    }

    /** A server whose cloud does not explain failures. */
    public CloudServer(String id, String name, String region, String size, String image, ServerStatus status, boolean locked,
                       boolean backups, List<String> tags, String namespace, boolean poweredOffForResize, Networking networking,
                       Instant createdAt, String provider, int diskGb) {
        this(id, name, region, size, image, status, locked, backups, tags, namespace, poweredOffForResize, networking, createdAt,
                provider, diskGb, null);
    }

    /** The same server, as read through the provider the definition calls {@code name}. */
    public CloudServer onProvider(String name) {
        return new CloudServer(id, this.name, region, size, image, status, locked, backups, tags, namespace, poweredOffForResize, networking,
                createdAt, name, diskGb, fault);
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

    /** What went wrong when the cloud gave up on the server ({@link ServerStatus#FAILED}), naming it; else empty. */
    public Optional<String> failure() {
        return status == ServerStatus.FAILED
                ? Optional.of("server " + name + " (id " + id + ") failed on the provider's side"
                        + (fault != null && !fault.isBlank() ? " (the cloud says: " + fault + ")" : "") + "; delete it and provision again")
                : Optional.empty();
    }

    public String describeState() {
        return status.label() + (locked ? ", locked" : "") + (networking.publicIpv4() == null ? ", no address yet" : "");
    }
}
