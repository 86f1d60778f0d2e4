package dev.cloudmaker.emulator.openstack;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public images every emulated cloud starts with. {@code debian-12} is there twice, as clouds that refresh
 * images keep the old one for a while: a lookup by name must take the newest active one.
 */
final class ImageCatalog {
    static final List<Image> PUBLIC = List.of(
            image("cirros-0.6.2-x86_64-disk", "2024-01-10T00:00:00Z", "cirros"),
            image("debian-12", "2024-06-01T00:00:00Z", "debian"),
            image("debian-12", "2025-06-01T00:00:00Z", "debian"),
            image("ubuntu-24.04", "2025-04-01T00:00:00Z", "ubuntu"),
            image("rocky-9", "2025-05-01T00:00:00Z", "rocky"));

    private ImageCatalog() {
    }

    private static Image image(String name, String created, String distro) {
        Instant at = Instant.parse(created);
        return new Image(Ids.uuid("image:" + name + ":" + at), name, "public", Ids.hex("project:admin"), at, null, 1, 0,
                1L << 30, Map.of("os_distro", distro, "hw_disk_bus", "virtio"), List.of());
    }
}
