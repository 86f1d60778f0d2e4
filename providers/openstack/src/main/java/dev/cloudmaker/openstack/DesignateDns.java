package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.time.Waiter;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Designate v2 zones and record sets. Names travel with their trailing dot and are matched exactly; a record is one
 * value of a record set (Designate keeps one set per name and type), its id the set's. Writes answer PENDING and are
 * waited for, bounded, until ACTIVE (a delete until the set is gone); ERROR ends the wait at once. Designate's own SOA and NS sets are not listed.
 * A zone it creates (only when the plan says so: {@code --create-zones}) has the provider's {@code zone_email} as its
 * contact, else {@code hostmaster@} the zone (RFC 2142's mailbox for DNS).
 */
final class DesignateDns implements DnsProvider {
    static final Duration ACTIVE_TIMEOUT = Duration.ofMinutes(5);
    static final int ZONE_TTL = 3600;

    private final OpenStackApi api;
    private final Duration timeout;
    private final String zoneEmail;
    private final Map<String, JsonNode> zones = new ConcurrentHashMap<>();

    DesignateDns(OpenStackApi api, Duration timeout, String zoneEmail) {
        this.api = api;
        this.timeout = timeout;
        this.zoneEmail = zoneEmail;
    }

    static String fqdn(String name) {
        return name.endsWith(".") ? name : name + ".";
    }

    static String bare(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    @Override
    public List<String> domains() {
        List<JsonNode> all = api.list(Service.DNS, "/zones", Map.of(), "zones");
        all.forEach(z -> zones.put(z.path("name").asText(), z));
        return all.stream().map(z -> bare(z.path("name").asText())).toList();
    }

    @Override
    public List<DnsRecord> records(String domain) {
        JsonNode zone = zone(domain);
        List<DnsRecord> out = new ArrayList<>();
        for (JsonNode set : api.list(Service.DNS, "/zones/" + zone.path("id").asText() + "/recordsets", Map.of(), "recordsets")) {
            String type = set.path("type").asText();
            if (type.equals("SOA") || type.equals("NS") && relative(set.path("name").asText(), domain).equals("@")) {
                continue;
            }
            for (JsonNode value : set.path("records")) {
                out.add(new DnsRecord(set.path("id").asText(), type, relative(set.path("name").asText(), domain),
                        value.asText(), set.path("ttl").asInt(ZONE_TTL)));
            }
        }
        return out;
    }

    @Override
    public void createDomain(String domain) {
        ObjectNode body = Json.object().put("name", fqdn(domain)).put("email", zoneEmail != null ? zoneEmail : "hostmaster@" + bare(domain)).put("ttl", ZONE_TTL);
        JsonNode zone = api.send(Service.DNS, ApiRequest.post("/zones", body)).json();
        active("zone " + domain, "/zones/" + zone.path("id").asText());
        zones.put(fqdn(domain), zone);
    }

    /** Adds the value to the set of that name and type, making the set when there is none. */
    @Override
    public DnsRecord createRecord(String domain, RecordSpec record) {
        JsonNode zone = zone(domain);
        String zonePath = "/zones/" + zone.path("id").asText() + "/recordsets";
        String name = absolute(record.name(), domain);
        Optional<JsonNode> existing = set(zonePath, name, record.type());
        if (existing.isPresent()) {
            List<String> values = values(existing.get());
            if (!values.contains(record.data())) {
                values.add(record.data());
            }
            return write(domain, zonePath, existing.get().path("id").asText(), record, values);
        }
        ObjectNode body = Json.object().put("name", name).put("type", record.type()).put("ttl", record.ttl());
        body.putArray("records").add(record.data());
        JsonNode set = api.send(Service.DNS, ApiRequest.post(zonePath, body)).json();
        active("record set " + name + " " + record.type(), zonePath + "/" + set.path("id").asText());
        return new DnsRecord(set.path("id").asText(), record.type(), record.name(), record.data(), record.ttl());
    }

    /** Replaces the set's values with the record's one. */
    @Override
    public DnsRecord updateRecord(String domain, String recordId, RecordSpec record) {
        String zonePath = "/zones/" + zone(domain).path("id").asText() + "/recordsets";
        return write(domain, zonePath, recordId, record, new ArrayList<>(List.of(record.data())));
    }

    @Override
    public void deleteRecord(String domain, String recordId) {
        String zonePath = "/zones/" + zone(domain).path("id").asText() + "/recordsets";
        String path = zonePath + "/" + recordId;
        ApiCalls.ignoreNotFound(() -> api.send(Service.DNS, ApiRequest.delete(path)));
        // Designate deletes in the background (PENDING/DELETE): the set is listed until it is gone
        Waiter.waitingFor("record set " + recordId + " to be deleted from Designate", timeout)
                .polling(Duration.ofMillis(100), Duration.ofSeconds(3))
                .until(() -> ApiCalls.orEmpty(() -> api.get(Service.DNS, path)), Optional::isEmpty,
                        r -> r.map(set -> "ERROR".equals(set.path("status").asText())
                                ? Optional.of("Designate could not delete record set " + recordId + " (status ERROR)")
                                : Optional.<String>empty()).orElse(Optional.empty()),
                        r -> r.map(set -> set.path("status").asText() + "/" + set.path("action").asText()).orElse("gone"));
    }

    private DnsRecord write(String domain, String zonePath, String setId, RecordSpec record, List<String> values) {
        ObjectNode body = Json.object().put("ttl", record.ttl());
        values.forEach(body.putArray("records")::add);
        api.send(Service.DNS, ApiRequest.put(zonePath + "/" + setId, body));
        active("record set " + absolute(record.name(), domain) + " " + record.type(), zonePath + "/" + setId);
        return new DnsRecord(setId, record.type(), record.name(), record.data(), record.ttl());
    }

    private Optional<JsonNode> set(String zonePath, String name, String type) {
        return api.list(Service.DNS, zonePath, Map.of("name", name, "type", type), "recordsets").stream()
                .filter(s -> name.equals(s.path("name").asText()) && type.equals(s.path("type").asText())).findFirst();
    }

    private static List<String> values(JsonNode set) {
        List<String> out = new ArrayList<>();
        set.path("records").forEach(v -> out.add(v.asText()));
        return out;
    }

    /**
     * The zone named exactly {@code domain} (Designate's name filter is exact; the dot is part of the name), looked up
     * once per run (or read from the run's listing of zones): every record written or deleted names its zone, and a
     * lookup each would grow with the records.
     */
    JsonNode zone(String domain) {
        String name = fqdn(domain);
        JsonNode known = zones.get(name);
        if (known != null) {
            return known;
        }
        JsonNode zone = api.list(Service.DNS, "/zones", Map.of("name", name), "zones").stream()
                .filter(z -> name.equals(z.path("name").asText())).findFirst()
                .orElseThrow(() -> new ApiException("Designate has no zone " + name + " in this project; create it "
                        + "(cloudmaker's --create-zones, or openstack zone create --email you@example.org " + name + ")",
                        ApiException.Kind.NOT_FOUND, 404, "zone_not_found", null, false, null));
        zones.put(name, zone);
        return zone;
    }

    /** Waits until the zone or set at {@code path} is ACTIVE; ERROR fails at once. */
    private void active(String what, String path) {
        Waiter.waitingFor(what + " to be active in Designate", timeout).polling(Duration.ofMillis(100), Duration.ofSeconds(3))
                .until(() -> api.get(Service.DNS, path), r -> "ACTIVE".equals(r.path("status").asText()),
                        r -> "ERROR".equals(r.path("status").asText())
                                ? Optional.of("Designate could not apply " + what + " (status ERROR); see `openstack "
                                + "recordset list` or `openstack zone show`") : Optional.empty(),
                        r -> r.path("status").asText() + "/" + r.path("action").asText());
    }

    static String absolute(String name, String domain) {
        return name.equals("@") ? fqdn(domain) : fqdn(name + "." + bare(domain));
    }

    static String relative(String fqdn, String domain) {
        String name = bare(fqdn);
        String zone = bare(domain);
        if (name.equals(zone)) {
            return "@";
        }
        return name.endsWith("." + zone) ? name.substring(0, name.length() - zone.length() - 1) : name;
    }
}
