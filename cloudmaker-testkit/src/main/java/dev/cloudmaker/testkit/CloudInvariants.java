package dev.cloudmaker.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What "provisioning has converged" means, checked on the emulated account and the files the
 * run left: exactly the declared servers (one each, tagged), exactly the declared A and AAAA
 * records with their addresses, one key, nothing of others touched, and cloud.json, the inventory
 * and the journal valid and complete. Collects every violation instead of stopping at the first.
 */
public final class CloudInvariants {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatedAccount account;
    private final DefinitionFixture fixture;
    private final AccountSnapshot before;
    private final List<String> violations = new ArrayList<>();

    private CloudInvariants(EmulatedAccount account, DefinitionFixture fixture, AccountSnapshot before) {
        this.account = account;
        this.fixture = fixture;
        this.before = before;
    }

    /**
     * Every invariant that does not hold, as one line each; empty when the run converged. Servers of the namespace
     * are those with {@code before}'s namespace tag.
     */
    public static List<String> violations(EmulatedAccount account, DefinitionFixture fixture, AccountSnapshot before) {
        CloudInvariants check = new CloudInvariants(account, fixture, before);
        check.servers();
        Map<String, EmulatedServer> ours = check.ours();
        check.othersUntouched();
        check.records(ours);
        check.keys();
        check.cloudJson(ours);
        check.inventory(ours);
        check.journal();
        return List.copyOf(check.violations);
    }

    private void servers() {
        List<String> declared = fixture.servers().stream().map(FixtureServer::name).sorted().toList();
        List<EmulatedServer> all = account.servers();
        List<String> tagged = all.stream().filter(d -> d.tags().contains(before.namespaceTag()))
                .map(EmulatedServer::name).sorted().toList();
        if (!tagged.equals(declared)) {
            violations.add("servers in the namespace are " + tagged + ", declared " + declared);
        }
        all.stream().filter(d -> d.tags().contains(before.namespaceTag())).forEach(d -> fixture.servers().stream()
                .filter(s -> s.name().equals(d.name()) && !s.size().equals(d.size()))
                .forEach(s -> violations.add("server " + d.name() + " is " + d.size() + ", declared " + s.size())));
        // nothing in the campaigns is meant to be off: a server left off was powered off and not back on
        all.stream().filter(d -> d.tags().contains(before.namespaceTag()) && !d.running())
                .forEach(d -> violations.add("server " + d.name() + " is " + d.status() + ", not running"));
    }

    private Map<String, EmulatedServer> ours() {
        return account.servers().stream().filter(d -> d.tags().contains(before.namespaceTag()))
                .collect(Collectors.toMap(EmulatedServer::name, d -> d, (a, b) -> a));
    }

    private void othersUntouched() {
        Set<String> others = account.servers().stream().filter(d -> !d.tags().contains(before.namespaceTag()))
                .map(d -> d.id() + " " + d.name() + " " + d.tags()).collect(Collectors.toSet());
        if (!others.equals(before.others())) {
            violations.add("servers outside the namespace changed: before " + before.others() + ", now " + others);
        }
    }

    private void records(Map<String, EmulatedServer> ours) {
        Set<String> domains = Set.copyOf(account.zones());
        if (!domains.containsAll(before.domains())) {
            violations.add("domains were deleted: before " + before.domains() + ", now " + domains);
        }
        Map<String, String> declared = fixture.dnsNames();
        Set<String> neededZones = declared.keySet().stream().map(this::zoneOf).collect(Collectors.toSet());
        for (String zone : domains) {
            if (!before.domains().contains(zone) && !neededZones.contains(zone)) {
                violations.add("domain " + zone + " was created though no declared name needs it");
            }
        }
        neededZones.stream().filter(z -> !domains.contains(z)).forEach(z -> violations.add("domain " + z + " is missing"));
        declared.forEach((fqdn, server) -> {
            String zone = zoneOf(fqdn);
            EmulatedServer droplet = ours.get(server);
            if (!domains.contains(zone) || droplet == null) {
                return; // reported above
            }
            String relative = fqdn.equals(zone) ? "@" : fqdn.substring(0, fqdn.length() - zone.length() - 1);
            List<EmulatedRecord> records = account.records(zone);
            expectOne(records, "A", relative, fqdn, droplet.publicIpv4());
            expectOne(records, "AAAA", relative, fqdn, droplet.publicIpv6());
        });
        for (String zone : domains) {
            Map<String, EmulatedRecord> was = before.records().getOrDefault(zone, Map.of());
            Map<String, EmulatedRecord> now = account.records(zone).stream()
                    .collect(Collectors.toMap(EmulatedRecord::id, r -> r));
            was.forEach((id, r) -> {
                if (!r.equals(now.get(id))) {
                    violations.add("record of others changed or deleted in " + zone + ": " + r + " is now " + now.get(id));
                }
            });
            now.values().stream().filter(r -> !was.containsKey(r.id())).forEach(r -> {
                // a zone the run created comes with the API's own SOA and NS records
                boolean zoneDefault = !before.domains().contains(zone) && (r.type().equals("NS") || r.type().equals("SOA"));
                boolean declaredAddress = (r.type().equals("A") || r.type().equals("AAAA"))
                        && declared.containsKey(fqdn(r.name(), zone));
                if (!zoneDefault && !declaredAddress) {
                    violations.add("record " + r.type() + " " + fqdn(r.name(), zone) + " " + r.data()
                            + " was added though not declared");
                }
            });
        }
    }

    /** One record of the server's address; none when the server has no address of that family (no IPv6 on EC2). */
    private void expectOne(List<EmulatedRecord> records, String type, String relative, String fqdn, String address) {
        List<EmulatedRecord> found = records.stream().filter(r -> r.type().equals(type) && r.name().equals(relative)).toList();
        if (address == null) {
            if (!found.isEmpty()) {
                violations.add(type + " " + fqdn + " should have no record (the server has no such address), found " + found);
            }
        } else if (found.size() != 1 || !found.getFirst().data().equalsIgnoreCase(String.valueOf(address))) {
            violations.add(type + " " + fqdn + " should be exactly one record with " + address + ", found " + found);
        }
    }

    private void keys() {
        String material = fixture.publicKeyLine().split(" ")[1];
        long ourKeys = account.keys().stream().filter(k -> k.publicKey().contains(material)).count();
        if (ourKeys != 1) {
            violations.add("the account holds " + ourKeys + " copies of the definition's key, not one");
        }
    }

    private void cloudJson(Map<String, EmulatedServer> ours) {
        try {
            DefinitionLoader.load(fixture.cloudJson());
        } catch (RuntimeException e) {
            violations.add("cloud.json no longer loads: " + e.getMessage());
            return;
        }
        JsonNode root = readJson(fixture.cloudJson(), "cloud.json");
        if (root == null) {
            return;
        }
        JsonNode servers = root.has("servers") ? root.get("servers") : root;
        ours.forEach((name, droplet) -> {
            String written = servers.path(name).path("public_network_interfaces").path("ipv4").asText(null);
            if (!String.valueOf(droplet.publicIpv4()).equals(written)) {
                violations.add("cloud.json holds " + written + " for " + name + "'s address, the server has "
                        + droplet.publicIpv4());
            }
        });
    }

    private void inventory(Map<String, EmulatedServer> ours) {
        JsonNode inventory = readJson(fixture.inventoryJson(), "the inventory");
        if (inventory == null) {
            return;
        }
        Set<String> listed = new TreeSet<>();
        inventory.fieldNames().forEachRemaining(listed::add);
        Set<String> declared = fixture.servers().stream().map(FixtureServer::name).collect(Collectors.toCollection(TreeSet::new));
        if (!listed.equals(declared)) {
            violations.add("the inventory lists " + listed + ", declared " + declared);
        }
        for (FixtureServer s : fixture.servers()) {
            JsonNode entry = inventory.path(s.name());
            List<String> names = new ArrayList<>();
            entry.path("names").forEach(n -> names.add(n.asText()));
            List<String> want = s.names().stream().sorted().toList();
            if (!names.stream().sorted().toList().equals(want)) {
                violations.add("the inventory gives " + s.name() + " the names " + names + ", declared " + want);
            }
            EmulatedServer d = ours.get(s.name());
            String ipv4 = entry.path("public_network_interfaces").path("ipv4").asText(null);
            if (d != null && !String.valueOf(d.publicIpv4()).equals(ipv4)) {
                violations.add("the inventory gives " + s.name() + " address " + ipv4 + ", the server has " + d.publicIpv4());
            }
        }
    }

    private void journal() {
        Path journal = fixture.dir().resolve(".cloudmaker").resolve("journal-" + fixture.namespace() + ".json");
        if (!Files.exists(journal)) {
            return;
        }
        JsonNode entries = readJson(journal, "the journal");
        if (entries != null && !entries.isEmpty()) {
            violations.add("the journal still lists creates after a run that finished: " + entries);
        }
    }

    private JsonNode readJson(Path file, String what) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            violations.add(what + " (" + file.getFileName() + ") does not parse: " + e.getMessage());
            return null;
        }
    }

    /** The longest zone in the account (or that must be created) that {@code fqdn} is in. */
    private String zoneOf(String fqdn) {
        return List.of(RandomDefinition.ZONE, RandomDefinition.NEW_ZONE).stream()
                .filter(z -> fqdn.equals(z) || fqdn.endsWith("." + z))
                .max(Comparator.comparingInt(String::length)).orElse(fqdn);
    }

    private static String fqdn(String relative, String zone) {
        return relative.equals("@") ? zone : relative + "." + zone;
    }
}
