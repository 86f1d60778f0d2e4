package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Designate v2 record sets: one per name and type in a zone (409 {@code duplicate_recordset}), names ending with a
 * dot inside their zone, A and AAAA data checked as addresses; created, updated and deleted through PENDING (202).
 * The zone's own SOA and NS sets cannot be changed.
 */
final class RecordsetHandler {
    private static final Set<String> TYPES = Set.of("A", "AAAA", "CNAME", "MX", "TXT", "SRV", "NS", "PTR", "SSHFP", "SPF", "CAA");
    private final OpenStackState state;
    private final ZoneHandler zones;

    RecordsetHandler(OpenStackState state, ZoneHandler zones) {
        this.state = state;
        this.zones = zones;
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/dns/v2/zones/{}/recordsets";
        router.add("GET", p, "recordsets", r -> {
                    Zone z = zones.find(r.param(0));
                    return DesignateList.answer(r, "recordsets", "zones/" + z.id + "/recordsets", views(z.id, r.baseUrl()));
                })
                .add("GET", "/dns/v2/recordsets", "recordsets", r -> DesignateList.answer(r, "recordsets", "recordsets",
                        views(null, r.baseUrl())))
                .add("POST", p, "recordsets", this::create)
                .add("GET", p + "/{}", "recordsets", r -> ApiResponse.json(200, view(find(r), r.baseUrl())))
                .add("PUT", p + "/{}", "recordsets", this::update)
                .add("DELETE", p + "/{}", "recordsets", this::delete);
    }

    private Recordset find(OsRequest r) {
        Zone z = zones.find(r.param(0));
        Recordset rs = state.recordsets.get(r.param(1));
        if (rs == null || !rs.zoneId.equals(z.id)) {
            throw OsError.notFound("recordset_not_found", "Could not find RecordSet");
        }
        return rs;
    }

    private ApiResponse create(OsRequest r) {
        Zone z = zones.find(r.param(0));
        JsonNode b = r.body();
        String name = Json.text(b, "name");
        if (name == null || !name.endsWith(".")) {
            throw new OsError(400, "invalid_object", "Provided object does not match schema: name '" + name
                    + "' is not a 'hostname' (it must end with a dot)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.equals(z.name) && !lower.endsWith("." + z.name)) {
            throw new OsError(400, "invalid_recordset_location", "RecordSet is not contained within it's parent zone");
        }
        String type = b.path("type").asText("").toUpperCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new OsError(400, "invalid_object", "Provided object does not match schema: type '" + type + "' is not one of " + TYPES);
        }
        if (state.recordsets.values().stream().anyMatch(x -> x.zoneId.equals(z.id) && x.name.equals(lower) && x.type.equals(type))) {
            throw OsError.conflict("duplicate_recordset", "Duplicate RecordSet");
        }
        Instant now = state.now();
        Recordset rs = new Recordset();
        rs.id = state.newId();
        rs.zoneId = z.id;
        rs.name = lower;
        rs.type = type;
        rs.records.addAll(records(type, b.get("records")));
        rs.ttl = b.hasNonNull("ttl") ? b.get("ttl").asInt() : null;
        rs.description = Json.text(b, "description");
        rs.created = now;
        rs.pendingUntil = now.plus(state.config.dnsDelay());
        state.recordsets.put(rs.id, rs);
        z.serial++;
        return ApiResponse.json(202, view(rs, r.baseUrl()));
    }

    private ApiResponse update(OsRequest r) {
        Recordset rs = changeable(find(r));
        JsonNode b = r.body();
        if (b.has("records")) {
            List<String> records = records(rs.type, b.get("records"));
            rs.records.clear();
            rs.records.addAll(records);
        }
        if (b.has("ttl")) {
            rs.ttl = b.hasNonNull("ttl") ? b.get("ttl").asInt() : null;
        }
        if (b.has("description")) {
            rs.description = Json.text(b, "description");
        }
        Instant now = state.now();
        rs.change("UPDATE", now, now.plus(state.config.dnsDelay()));
        zones.find(rs.zoneId).serial++;
        return ApiResponse.json(202, view(rs, r.baseUrl()));
    }

    private ApiResponse delete(OsRequest r) {
        Recordset rs = changeable(find(r));
        Instant now = state.now();
        rs.change("DELETE", now, now.plus(state.config.dnsDelay()));
        zones.find(rs.zoneId).serial++;
        return ApiResponse.json(202, view(rs, r.baseUrl()));
    }

    private static Recordset changeable(Recordset rs) {
        if (rs.managed) {
            throw new OsError(403, "bad_request", "Managed records may not be updated");
        }
        return rs;
    }

    private static List<String> records(String type, JsonNode given) {
        if (given == null || !given.isArray() || given.isEmpty()) {
            throw new OsError(400, "invalid_object", "Provided object does not match schema: records must be a non-empty list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode record : given) {
            String data = record.asText();
            boolean address = type.equals("A") ? data.matches("\\d{1,3}(\\.\\d{1,3}){3}") && parses(data)
                    : !type.equals("AAAA") || (data.contains(":") && parses(data));
            if (!address) {
                throw new OsError(400, "invalid_object", "Provided object does not match schema: '" + data
                        + "' is not a valid " + type + " record");
            }
            out.add(data);
        }
        return out;
    }

    private static boolean parses(String ip) {
        try {
            InetAddress.getByName(ip); // a literal address: no lookup is made
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private List<ObjectNode> views(String zoneId, String base) {
        return state.recordsets.values().stream().filter(x -> zoneId == null || x.zoneId.equals(zoneId))
                .map(x -> view(x, base)).toList();
    }

    private ObjectNode view(Recordset rs, String base) {
        Instant now = state.now();
        Zone z = state.zones.get(rs.zoneId);
        ObjectNode o = Json.object().put("id", rs.id).put("zone_id", rs.zoneId).put("project_id", state.config.projectId())
                .put("name", rs.name).put("zone_name", z == null ? null : z.name).put("type", rs.type)
                .put("ttl", rs.ttl).put("status", rs.status(now)).put("action", rs.action(now))
                .put("description", rs.description).put("version", rs.version).put("created_at", Json.micros(rs.created));
        o.set("records", Json.strings(rs.records));
        if (rs.updated == null) {
            o.putNull("updated_at");
        } else {
            o.put("updated_at", Json.micros(rs.updated));
        }
        o.putObject("links").put("self", base + "/dns/v2/zones/" + rs.zoneId + "/recordsets/" + rs.id);
        return o;
    }
}
