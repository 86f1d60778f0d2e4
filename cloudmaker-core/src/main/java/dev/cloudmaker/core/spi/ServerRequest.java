package dev.cloudmaker.core.spi;

import java.util.List;

/**
 * What to create. {@code tags} already include the namespace tag; {@code keyIds} are the provider's
 * ids of the SSH keys to install. Requests equal but for the name can be created in one call.
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
        String userData) {

    public ServerRequest {
        tags = List.copyOf(tags);
        keyIds = List.copyOf(keyIds);
    }

    /** The same request with the name blanked: the grouping key for batch creates. */
    public ServerRequest shape() {
        return new ServerRequest("", region, size, image, backups, ipv6, monitoring, vpcUuid, tags, keyIds, userData);
    }
}
