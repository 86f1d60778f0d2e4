package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.state.Addresses;
import java.util.List;

/** The droplet JSON shape; networks stay empty until the droplet has booted. */
final class DropletView {
    private DropletView() {
    }

    static ObjectNode of(Droplet d, State state) {
        CatalogSize size = Catalog.size(d.size()).orElseThrow();
        ObjectNode o = Json.object().put("id", d.id()).put("name", d.name()).put("memory", size.memory())
                .put("vcpus", size.vcpus()).put("disk", d.diskGb());
        ObjectNode disk = o.putArray("disk_info").addObject().put("type", "local");
        disk.putObject("size").put("amount", d.diskGb()).put("unit", "gib");
        o.put("locked", state.locked(d.id())).put("status", d.status()).putNull("kernel")
                .put("created_at", Json.time(d.createdAt()));
        o.set("features", Json.strings(Views.features(d)));
        o.putArray("backup_ids");
        o.putNull("next_backup_window");
        ArrayNode snaps = o.putArray("snapshot_ids");
        d.snapshotIds().forEach(snaps::add);
        o.set("image", Catalog.image(d.imageId()).map(Views::image)
                .orElseGet(() -> Views.image(state.snapshotOrDeleted(d.imageId(), d.region()))));
        o.putArray("volume_ids");
        o.set("size", Views.size(size));
        o.put("size_slug", size.slug());
        o.set("networks", networks(d));
        o.set("region", Views.region(Catalog.region(d.region()).orElseThrow()));
        o.set("tags", Json.strings(d.tags()));
        return o.put("vpc_uuid", d.vpcUuid());
    }

    private static ObjectNode networks(Droplet d) {
        ObjectNode n = Json.object();
        ArrayNode v4 = n.putArray("v4");
        ArrayNode v6 = n.putArray("v6");
        if (!d.booted()) {
            return n;
        }
        v4.addObject().put("ip_address", d.privateIpv4()).put("netmask", "255.255.0.0")
                .put("gateway", "10.0.0.1").put("type", "private");
        v4.addObject().put("ip_address", d.publicIpv4()).put("netmask", "255.255.255.0")
                .put("gateway", Addresses.gatewayOf(d.publicIpv4())).put("type", "public");
        if (d.publicIpv6() != null) {
            v6.addObject().put("ip_address", d.publicIpv6()).put("netmask", 64)
                    .put("gateway", d.publicIpv6().replace("::1", "::ffff")).put("type", "public");
        }
        return n;
    }

    static EmuDroplet emu(Droplet d, State state) {
        String image = Catalog.image(d.imageId()).map(CatalogImage::slug).orElse(Long.toString(d.imageId()));
        boolean up = d.booted();
        return new EmuDroplet(d.id(), d.name(), d.region(), d.size(), image, d.status(), state.locked(d.id()),
                List.copyOf(d.tags()), up ? d.publicIpv4() : null, up ? d.publicIpv6() : null,
                up ? d.privateIpv4() : null, d.createdAt());
    }
}
