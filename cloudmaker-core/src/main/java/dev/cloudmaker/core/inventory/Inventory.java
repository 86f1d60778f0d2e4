package dev.cloudmaker.core.inventory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.plan.DnsNames;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Servers with the DNS names pointing at them (A and AAAA records are matched to servers by address, as the
 * seed tool did), written in the seed's inventory format: a namespace's, or every server of an account.
 */
public record Inventory(List<InventoryEntry> entries) {

    public Inventory {
        entries = List.copyOf(entries);
    }

    /** @param recordsByZone the records of every zone to look in for names */
    public static Inventory of(Collection<CloudServer> servers, Map<String, List<DnsRecord>> recordsByZone) {
        return of(servers, recordsByZone, List.of(), provider -> false);
    }

    /**
     * Servers in the order {@code declared} gives them (cloud.json's), then the others by name; each one's
     * names those it declares in their order, then the others found, in the order the zones list them.
     *
     * @param numericIds whether a provider (by the definition's name for it) gives server ids as numbers
     */
    public static Inventory of(Collection<CloudServer> servers, Map<String, List<DnsRecord>> recordsByZone,
                               List<ServerSpec> declared, Predicate<String> numericIds) {
        return of(servers, recordsByZone, declared, numericIds, Map.of());
    }

    /** @param cloudNames the names clouds give servers themselves (Triton CNS), by server id; listed after the records' */
    public static Inventory of(Collection<CloudServer> servers, Map<String, List<DnsRecord>> recordsByZone,
                               List<ServerSpec> declared, Predicate<String> numericIds, Map<String, List<String>> cloudNames) {
        List<String> order = declared.stream().map(ServerSpec::name).toList();
        Comparator<CloudServer> byDefinition = Comparator.comparingInt(s -> order.contains(s.name()) ? order.indexOf(s.name()) : order.size());
        List<InventoryEntry> out = new ArrayList<>();
        servers.stream().sorted(byDefinition.thenComparing(CloudServer::name).thenComparing(CloudServer::id)).forEach(s -> {
            Set<String> found = new LinkedHashSet<>();
            // zones by name, so an account's inventory lists names the same way each time
            new TreeMap<>(recordsByZone).forEach((zone, records) -> records.stream()
                    .filter(r -> (r.type().equals("A") || r.type().equals("AAAA")) && s.networking().holdsPublic(r.data()))
                    .forEach(r -> found.add(DnsNames.fqdn(r.name(), zone))));
            found.addAll(cloudNames.getOrDefault(s.id(), List.of()));
            List<String> names = new ArrayList<>();
            declared.stream().filter(d -> d.name().equals(s.name())).findFirst().ifPresent(d -> d.names().stream()
                    .map(DnsNames::normalize).filter(found::contains).distinct().forEach(names::add));
            found.stream().filter(n -> !names.contains(n)).forEach(names::add);
            out.add(new InventoryEntry(s.name(), s.id(), s.status().label(), names, s.region(), s.networking(), s.backups(),
                    s.image(), s.size(), s.provider(), s.namespace(), s.provider() != null && numericIds.test(s.provider())));
        });
        return new Inventory(out);
    }

    /** Writes {@link #json()} to the file, atomically. */
    public void write(Path file) {
        AtomicFiles.writeString(file, json());
    }

    /**
     * The seed's format: server name → names, region, interfaces, backups, image, size (plus id, status,
     * provider and namespace). Servers that share a name (an account may hold several) are keyed {@code name#id}.
     */
    public String json() {
        Set<String> shared = entries.stream().collect(Collectors.groupingBy(InventoryEntry::name, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        ObjectNode root = Json.object();
        for (InventoryEntry e : entries) {
            ObjectNode server = root.putObject(shared.contains(e.name()) ? e.name() + "#" + e.id() : e.name());
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
            if (e.numericId() && e.id().matches("[0-9]+")) {
                server.put("id", new BigInteger(e.id()));
            } else {
                server.put("id", e.id());
            }
            server.put("status", e.status());
            server.put("provider", e.provider());
            if (e.namespace() != null) {
                server.put("namespace", e.namespace());
            }
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
