package dev.cloudmaker.openstack;

import java.util.List;
import java.util.Map;

/**
 * What a provider type fills in before the user's values: nothing for {@code openstack}; for {@code rackspace},
 * Rackspace OpenStack Flex's public Keystone per region, its user domain and its regions (the API key is the password).
 */
record Preset(String type, Map<String, String> defaults, List<String> regions) {
    static final Preset OPENSTACK = new Preset("openstack", Map.of(), List.of());
    static final Preset RACKSPACE = new Preset("rackspace",
            Map.of("region_name", "DFW3", "user_domain_name", "rackspace_cloud_domain",
                    "project_domain_name", "rackspace_cloud_domain"),
            List.of("DFW3", "SJC3"));

    /** Rackspace's Keystone for a region, {@code https://keystone.api.dfw3.rackspacecloud.com/v3}; null for plain OpenStack. */
    String authUrlFor(String region) {
        return this == RACKSPACE && region != null
                ? "https://keystone.api." + region.toLowerCase(java.util.Locale.ROOT) + ".rackspacecloud.com/v3" : null;
    }
}
