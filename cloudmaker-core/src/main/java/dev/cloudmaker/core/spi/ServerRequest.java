package dev.cloudmaker.core.spi;

import java.util.List;
import java.util.Map;

/**
 * What to create: build it with {@link #builder} (and change a copy with {@link #toBuilder}). {@code tags} are the
 * user's own (the provider adds the {@link Mark.Namespace} of {@code namespace} itself and drops tags that would spell
 * its own marks); {@code keyIds} are the provider's ids of SSH keys to install, where it installs keys by id.
 * {@code idempotencyKey} is the same for every send of one create (a retry after a lost answer) and new for
 * a recreate; providers whose API deduplicates creates use it (EC2's {@code ClientToken}), others ignore it.
 * {@code options} are the server's options only this provider's type takes ({@link ProviderFactory#serverOptions()}).
 * {@code firewall} is what the server's role lets in, for clouds that filter in front of servers (null: SSH only).
 */
public record ServerRequest(
        String name,
        String region,
        String size,
        String image,
        boolean backups,
        boolean ipv6,
        boolean monitoring,
        String vpcUuid,
        List<String> tags,
        List<String> keyIds,
        String userData,
        String namespace,
        String idempotencyKey,
        Map<String, String> options,
        Firewall firewall) {

    public ServerRequest {
        tags = List.copyOf(tags);
        keyIds = List.copyOf(keyIds);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** A request with no provider-specific options and no declared firewall (SSH only). */
    public ServerRequest(String name, String region, String size, String image, boolean backups, boolean ipv6,
                         boolean monitoring, String vpcUuid, List<String> tags, List<String> keyIds, String userData,
                         String namespace, String idempotencyKey) {
        this(name, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, keyIds, userData, namespace,
                idempotencyKey, Map.of(), null);
    }

    /** A request for a server of this name, region, size and image; everything else is off or empty until set. */
    public static ServerRequestBuilder builder(String name, String region, String size, String image) {
        return new ServerRequestBuilder(name, region, size, image);
    }

    /** A builder holding every field of this request, to make a changed copy. */
    public ServerRequestBuilder toBuilder() {
        return builder(name, region, size, image).backups(backups).ipv6(ipv6).monitoring(monitoring).vpcUuid(vpcUuid)
                .tags(tags).keyIds(keyIds).userData(userData).namespace(namespace).idempotencyKey(idempotencyKey)
                .options(options).firewall(firewall);
    }

    /**
     * The same request with the name, idempotency key and firewall blanked: the grouping key for batch creates
     * (clouds that batch creates have no firewall in front of servers).
     */
    public ServerRequest shape() {
        return toBuilder().name("").idempotencyKey(null).firewall(null).build();
    }
}
