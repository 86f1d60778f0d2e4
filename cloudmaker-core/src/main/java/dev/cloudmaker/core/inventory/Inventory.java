package dev.cloudmaker.core.inventory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.plan.DnsNames;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The servers of a namespace with the DNS names pointing at them (A and AAAA records are matched
 * to servers by address, as the seed tool did), written in the seed's inventory format.
 */
public record Inventory(List<InventoryEntry> entries) {

    public Inventory {
        entries = List.copyOf(entries);
    }

    /** @param recordsByZone the records of every zone to look in for names */
    public static Inventory of(Collection<CloudServer> servers, Map<String, List<DnsRecord>> recordsByZone) {
        List<InventoryEntry> out = new ArrayList<>();
        servers.stream().sorted(java.util.Comparator.comparing(CloudServer::name)).forEach(s -> {
            TreeSet<String> names = new TreeSet<>();
            recordsByZone.forEach((zone, records) -> records.stream()
                    .filter(r -> (r.type().equals("A") || r.type().equals("AAAA")) && s.networking().holdsPublic(r.data()))
                    .forEach(r -> names.add(DnsNames.fqdn(r.name(), zone))));
            out.add(new InventoryEntry(s.name(), s.id(), s.status().label(), new ArrayList<>(names), s.region(),
                    s.networking(), s.backups(), s.image(), s.size(), s.provider()));
        });
        return new Inventory(out);
    }

    /** Writes the seed's format: server name → names, region, interfaces, backups, image, size (plus id and status). */
    public void write(Path file) {
        ObjectNode root = Json.object();
        for (InventoryEntry e : entries) {
            ObjectNode server = root.putObject(e.name());
            server.putArray("names").addAll(e.names().stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
            server.put("region", e.region());
            ObjectNode priv = server.putObject("private_network_interfaces");
            if (e.networking().privateIpv4() != null) {
                priv.put("ipv4", e.networking().privateIpv4());
            }
            ObjectNode pub = server.putObject("public_network_interfaces");
            if (e.networking().publicIpv4() != null) {
                pub.put("ipv4", e.networking().publicIpv4());
            }
            if (e.networking().publicIpv6() != null) {
                pub.put("ipv6", e.networking().publicIpv6());
            }
            server.put("backups", e.backups());
            server.put("image", e.image());
            server.put("size", e.size());
            server.put("id", e.id());
            server.put("status", e.status());
            server.put("provider", e.provider());
        }
        try {
            AtomicFiles.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
