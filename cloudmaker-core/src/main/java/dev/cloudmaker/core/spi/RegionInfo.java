package dev.cloudmaker.core.spi;

import java.util.List;

/** A region from the live catalogue. */
public record RegionInfo(String slug, String name, boolean available, List<String> features) {
    public RegionInfo {
        features = List.copyOf(features);
    }

    public boolean supportsIpv6() {
        return features.contains("ipv6");
    }
}
