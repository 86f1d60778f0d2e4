package dev.cloudmaker.emulator.openstack;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts things in the project as if made earlier, without a request: an ACTIVE server on {@code public}, a zone with
 * its SOA and NS record sets, a record value. Called under the state's lock.
 */
final class ProjectSeeder {
    private final OpenStackState state;

    ProjectSeeder(OpenStackState state) {
        this.state = state;
    }

    String server(String name, String flavorName, String imageName, List<String> tags, Map<String, String> metadata) {
        Flavor flavor = Flavor.ALL.stream().filter(f -> f.name().equals(flavorName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no flavor " + flavorName));
        Image image = state.images.values().stream().filter(i -> i.name().equals(imageName))
                .max(Comparator.comparing(Image::created))
                .orElseThrow(() -> new IllegalArgumentException("no image " + imageName));
        Instant now = state.now();
        Server s = new Server();
        s.id = state.newId();
        s.name = name;
        s.imageId = image.id();
        s.flavorId = flavor.id();
        s.tags.addAll(tags);
        s.metadata.putAll(metadata);
        s.created = now;
        s.updated = now;
        s.launchedAt = now;
        s.vmState = "active";
        s.taskState = null;
        s.powerState = Server.RUNNING;
        state.group("default").ifPresent(g -> s.securityGroups.add(g.id()));
        Network network = state.topology.publicNet;
        Port port = new Port(state.newId(), "", network.id(), s.id, "compute:nova", state.newMac(),
                state.topology.addresses(network, state.nextAddress()), s.securityGroups, now);
        state.ports.put(port.id(), port);
        s.portIds.add(port.id());
        state.servers.put(s.id, s);
        return s.id;
    }

    void zone(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "") + ".";
        Instant now = state.now();
        Zone z = new Zone();
        z.id = state.newId();
        z.name = lower;
        z.email = "hostmaster@" + name;
        z.ttl = 3600;
        z.serial = now.getEpochSecond();
        z.created = now;
        state.zones.put(z.id, z);
        managed(z, "SOA", ZoneHandler.NAMESERVER + " hostmaster." + lower + " " + z.serial + " 3588 600 86400 3600", now);
        managed(z, "NS", ZoneHandler.NAMESERVER, now);
    }

    /** Adds {@code value} to the record set of {@code name} ({@code @} for the apex) and type, made when missing. */
    void record(String zone, String type, String name, String value) {
        String zoneName = zone.toLowerCase(Locale.ROOT).replaceAll("\\.$", "") + ".";
        Zone z = state.zones.values().stream().filter(x -> x.name.equals(zoneName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no zone " + zone));
        String fqdn = name.equals("@") ? zoneName : name.toLowerCase(Locale.ROOT) + "." + zoneName;
        Recordset rs = state.recordsets.values().stream()
                .filter(r -> r.zoneId.equals(z.id) && r.name.equals(fqdn) && r.type.equals(type)).findFirst()
                .orElseGet(() -> recordset(z, fqdn, type, state.now()));
        rs.records.add(value);
    }

    private void managed(Zone z, String type, String value, Instant now) {
        Recordset rs = recordset(z, z.name, type, now);
        rs.records.add(value);
        rs.managed = true;
    }

    private Recordset recordset(Zone z, String fqdn, String type, Instant now) {
        Recordset rs = new Recordset();
        rs.id = state.newId();
        rs.zoneId = z.id;
        rs.name = fqdn;
        rs.type = type;
        rs.created = now;
        state.recordsets.put(rs.id, rs);
        return rs;
    }
}
