package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.state.Addresses;
import java.util.List;
import java.util.UUID;

/** Puts ready-made droplets into the state for tests, skipping the boot wait. */
final class Seeder {
    private final State state;

    Seeder(State state) {
        this.state = state;
    }

    long droplet(String name, String region, String size, String image, List<String> tags) {
        CatalogRegion r = Catalog.region(region)
                .orElseThrow(() -> new IllegalArgumentException("unknown region " + region));
        CatalogSize s = Catalog.size(size).orElseThrow(() -> new IllegalArgumentException("unknown size " + size));
        CatalogImage i = Catalog.image(image).orElseThrow(() -> new IllegalArgumentException("unknown image " + image));
        long addr = state.newAddressIndex();
        long seed = state.config.seed();
        var now = state.now();
        List<String> stored = tags.stream().map(state::ensureTag).toList();
        Droplet d = new Droplet(state.newId(), name, r.slug(), s.slug(), i.id(), "active", stored,
                Addresses.publicIpv4(seed, addr), Addresses.privateIpv4(seed, addr), Addresses.ipv6(seed, addr),
                false, false, UUID.nameUUIDFromBytes(("vpc-" + r.slug()).getBytes()).toString(), List.of(), now, now, s.disk());
        state.droplets.put(d.id(), d);
        return d.id();
    }
}
