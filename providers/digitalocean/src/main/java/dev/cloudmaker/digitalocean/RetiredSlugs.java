package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.spi.Catalog.SlugKind;
import java.util.Map;
import java.util.Optional;

/**
 * DigitalOcean retired the first-generation size slugs in 2018, some regions, ; the
 * seed's examples use them. These are the current equivalents to suggest (same memory and vCPUs).
 */
final class RetiredSlugs {
    private static final Map<String, String> SIZES = Map.ofEntries(
            Map.entry("512mb", "s-1vcpu-512mb-10gb"),
            Map.entry("1gb", "s-1vcpu-1gb"),
            Map.entry("2gb", "s-1vcpu-2gb"),
            Map.entry("4gb", "s-2vcpu-4gb"),
            Map.entry("8gb", "s-4vcpu-8gb"),
            Map.entry("16gb", "s-8vcpu-16gb"),
            Map.entry("32gb", "s-8vcpu-32gb"),
            Map.entry("48gb", "s-12vcpu-48gb"),
            Map.entry("64gb", "s-16vcpu-64gb"));
    private static final Map<String, String> REGIONS = Map.of(
            "ams1", "ams3", "ams2", "ams3", "sfo1", "sfo3", "nyc2", "nyc3");

    private RetiredSlugs() {
    }

    static Optional<String> replacement(SlugKind kind, String slug) {
        return switch (kind) {
            case SIZE -> Optional.ofNullable(SIZES.get(slug));
            case REGION -> Optional.ofNullable(REGIONS.get(slug));
            case IMAGE -> Optional.empty(); // images are matched against the live catalogue instead
        };
    }
}
