package dev.cloudmaker.emulator.digitalocean;

import java.util.List;
import java.util.Optional;

/** Today's regions, sizes and public images. Retired slugs (512mb, ams1, debian-7-0-x64 ...) are deliberately absent. */
final class Catalog {
    private static final List<String> FEATURES = List.of("backups", "ipv6", "metadata", "install_agent",
            "storage", "image_transfer");
    private static final List<String> ALL = List.of("nyc1", "nyc3", "sfo2", "sfo3", "ams3", "sgp1", "lon1", "fra1",
            "tor1", "blr1", "syd1");
    // GPU-ish and CPU-optimised sizes are not offered everywhere, which gives "Size is not available in this region".
    private static final List<String> FEWER = List.of("nyc1", "nyc3", "sfo3", "ams3", "fra1", "tor1");

    static final List<CatalogRegion> REGIONS = List.of(
            new CatalogRegion("nyc1", "New York 1", FEATURES, true),
            new CatalogRegion("nyc3", "New York 3", FEATURES, true),
            new CatalogRegion("sfo2", "San Francisco 2", FEATURES, true),
            new CatalogRegion("sfo3", "San Francisco 3", FEATURES, true),
            new CatalogRegion("ams3", "Amsterdam 3", FEATURES, true),
            new CatalogRegion("sgp1", "Singapore 1", FEATURES, true),
            new CatalogRegion("lon1", "London 1", FEATURES, true),
            new CatalogRegion("fra1", "Frankfurt 1", FEATURES, true),
            new CatalogRegion("tor1", "Toronto 1", FEATURES, true),
            new CatalogRegion("blr1", "Bangalore 1", FEATURES, true),
            new CatalogRegion("syd1", "Sydney 1", FEATURES, true));

    static final List<CatalogSize> SIZES = List.of(
            new CatalogSize("s-1vcpu-512mb-10gb", 512, 1, 10, 0.5, 4, "Basic", ALL),
            new CatalogSize("s-1vcpu-1gb", 1024, 1, 25, 1, 6, "Basic", ALL),
            new CatalogSize("s-1vcpu-2gb", 2048, 1, 50, 2, 12, "Basic", ALL),
            new CatalogSize("s-2vcpu-2gb", 2048, 2, 60, 3, 18, "Basic", ALL),
            new CatalogSize("s-2vcpu-4gb", 4096, 2, 80, 4, 24, "Basic", ALL),
            new CatalogSize("s-4vcpu-8gb", 8192, 4, 160, 5, 48, "Basic", ALL),
            new CatalogSize("s-8vcpu-16gb", 16384, 8, 320, 6, 96, "Basic", ALL),
            new CatalogSize("c-2", 4096, 2, 25, 4, 42, "CPU-Optimized", FEWER),
            new CatalogSize("g-2vcpu-8gb", 8192, 2, 25, 4, 63, "General Purpose", FEWER));

    // AlmaLinux is not in the spec's distribution enum, so it is reported as "Unknown" to stay spec-valid.
    static final List<CatalogImage> IMAGES = List.of(
            new CatalogImage(161000001L, "debian-12-x64", "12 x64", "Debian", "distribution", 7, 0.6, "Debian 12 x64"),
            new CatalogImage(161000002L, "debian-11-x64", "11 x64", "Debian", "distribution", 7, 0.5, "Debian 11 x64"),
            new CatalogImage(161000003L, "ubuntu-24-04-x64", "24.04 (LTS) x64", "Ubuntu", "distribution", 7, 1.2,
                    "Ubuntu 24.04 (LTS) x64"),
            new CatalogImage(161000004L, "ubuntu-22-04-x64", "22.04 (LTS) x64", "Ubuntu", "distribution", 7, 1.1,
                    "Ubuntu 22.04 (LTS) x64"),
            new CatalogImage(161000005L, "fedora-42-x64", "42 x64", "Fedora", "distribution", 7, 0.9, "Fedora 42 x64"),
            new CatalogImage(161000006L, "rockylinux-9-x64", "9 x64", "Rocky Linux", "distribution", 10, 1.0,
                    "Rocky Linux 9 x64"),
            new CatalogImage(161000007L, "almalinux-9-x64", "AlmaLinux 9", "Unknown", "distribution", 10, 1.0,
                    "AlmaLinux 9 x64"),
            new CatalogImage(161000008L, "centos-stream-9-x64", "9 Stream x64", "CentOS", "distribution", 10, 1.1,
                    "CentOS Stream 9 x64"),
            new CatalogImage(162000001L, "docker-20-04", "Docker on Ubuntu 22.04", "Ubuntu", "application", 25, 2.4,
                    "Docker CE on Ubuntu"),
            new CatalogImage(162000002L, "wordpress-20-04", "WordPress on Ubuntu 22.04", "Ubuntu", "application", 25,
                    2.9, "WordPress on Ubuntu"));

    private Catalog() {
    }

    static Optional<CatalogRegion> region(String slug) {
        return REGIONS.stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    static Optional<CatalogSize> size(String slug) {
        return SIZES.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** By slug or numeric id, as droplet create and GET /v2/images/{id} accept both. */
    static Optional<CatalogImage> image(String idOrSlug) {
        return IMAGES.stream()
                .filter(i -> i.slug().equals(idOrSlug) || Long.toString(i.id()).equals(idOrSlug))
                .findFirst();
    }

    static Optional<CatalogImage> image(long id) {
        return IMAGES.stream().filter(i -> i.id() == id).findFirst();
    }

    static List<String> sizesIn(String region) {
        return SIZES.stream().filter(s -> s.regions().contains(region)).map(CatalogSize::slug).toList();
    }
}
