package dev.cloudmaker.core.spi;

import java.util.List;

/**
 * What to create: build it with {@link #of} and the withers. {@code tags} are the user's own (the provider
 * adds the {@link Mark.Namespace} of {@code namespace} itself and drops tags that would spell its own marks);
 * {@code keyIds} are the provider's ids of SSH keys to install, where it installs keys by id.
 * {@code idempotencyKey} is the same for every send of one create (a retry after a lost answer) and new for
 * a recreate; providers whose API deduplicates creates use it (EC2's {@code ClientToken}), others ignore it.
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
        String idempotencyKey) {

    public ServerRequest {
        tags = List.copyOf(tags);
        keyIds = List.copyOf(keyIds);
    }

    /** A server with no options, tags, keys, user data or namespace. */
    public static ServerRequest of(String name, String region, String size, String image) {
        return new ServerRequest(name, region, size, image, false, false, false, null, List.of(), List.of(), null, null, null);
    }

    /** The same request with the name and idempotency key blanked: the grouping key for batch creates. */
    public ServerRequest shape() {
        return withName("").withIdempotencyKey(null);
    }

    public ServerRequest withName(String value) {
        return new ServerRequest(value, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, keyIds, userData, namespace, idempotencyKey);
    }

    public ServerRequest withImage(String value) {
        return new ServerRequest(name, region, size, value, backups, ipv6, monitoring, vpcUuid, tags, keyIds, userData, namespace, idempotencyKey);
    }

    /** Backups, IPv6 and monitoring at once: the three switches a definition sets together. */
    public ServerRequest withOptions(boolean withBackups, boolean withIpv6, boolean withMonitoring) {
        return new ServerRequest(name, region, size, image, withBackups, withIpv6, withMonitoring, vpcUuid, tags, keyIds, userData, namespace,
                idempotencyKey);
    }

    public ServerRequest withVpcUuid(String value) {
        return new ServerRequest(name, region, size, image, backups, ipv6, monitoring, value, tags, keyIds, userData, namespace, idempotencyKey);
    }

    public ServerRequest withTags(List<String> value) {
        return new ServerRequest(name, region, size, image, backups, ipv6, monitoring, vpcUuid, value, keyIds, userData, namespace, idempotencyKey);
    }

    public ServerRequest withKeyIds(List<String> value) {
        return new ServerRequest(name, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, value, userData, namespace, idempotencyKey);
    }

    public ServerRequest withUserData(String value) {
        return new ServerRequest(name, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, keyIds, value, namespace, idempotencyKey);
    }

    public ServerRequest withNamespace(String value) {
        return new ServerRequest(name, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, keyIds, userData, value, idempotencyKey);
    }

    public ServerRequest withIdempotencyKey(String value) {
        return new ServerRequest(name, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, keyIds, userData, namespace, value);
    }
}
