package dev.cloudmaker.core.model;

import java.util.List;

/**
 * One declared server, on the provider the definition names {@code provider}. {@code ipv6} null means "on where the region supports it" (the seed's rule).
 * {@code vpcUuid}, {@code userData} and {@code role} may be null. {@code names} are the DNS names that must point at it.
 */
public record ServerSpec(
        String name,
        String provider,
        String region,
        String size,
        String image,
        boolean backups,
        List<String> names,
        Boolean ipv6,
        boolean monitoring,
        String vpcUuid,
        List<String> tags,
        String userData,
        String role) {

    public ServerSpec {
        names = List.copyOf(names);
        tags = List.copyOf(tags);
    }
}
