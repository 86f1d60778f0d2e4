package dev.cloudmaker.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One declared server, on the provider the definition names {@code provider}. {@code ipv6} null means "on where the region supports it" (the seed's rule).
 * {@code vpcUuid}, {@code userData} and {@code role} may be null. {@code names} are the DNS names that must point at it.
 * {@code options} are the ones only its provider's type takes ({@code "options"} in cloud.json, e.g. Triton's
 * {@code cns_services}), checked against the type's {@link dev.cloudmaker.core.spi.ProviderFactory#serverOptions()}.
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
        String role,
        Map<String, String> options) {

    public ServerSpec {
        names = List.copyOf(names);
        tags = List.copyOf(tags);
        options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** A server with no provider-specific options. */
    public ServerSpec(String name, String provider, String region, String size, String image, boolean backups, List<String> names,
                      Boolean ipv6, boolean monitoring, String vpcUuid, List<String> tags, String userData, String role) {
        this(name, provider, region, size, image, backups, names, ipv6, monitoring, vpcUuid, tags, userData, role, Map.of());
    }
}
