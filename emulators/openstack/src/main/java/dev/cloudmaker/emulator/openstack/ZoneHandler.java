package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Designate v2 zones: created PENDING (202) with their SOA and NS record sets, ACTIVE after the DNS delay; names end
 * with a dot (400 {@code invalid_object} otherwise), a primary zone needs an email, a taken name is 409
 * {@code duplicate_zone}; updated and deleted through PENDING too.
 */
final class ZoneHandler {
    static final String NAMESERVER = "ns1.emulator.test.";
    private final OpenStackState state;

    ZoneHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/dns/v2/zones";
        router.add("GET", p, "zones", r -> DesignateList.answer(r, "zones", "zones",
                        state.zones.values().stream().map(z -> view(z, r.baseUrl())).toList()))
                .add("POST", p, "zones", this::create)
                .add("GET", p + "/{}", "zones", r -> ApiResponse.json(200, view(find(r.param(0)), r.baseUrl())))
                .add("PATCH", p + "/{}", "zones", this::update)
                .add("DELETE", p + "/{}", "zones", this::delete)
                .add("GET", p + "/{}/nameservers", "zones", r -> {
                    find(r.param(0));
                    ObjectNode doc = Json.object();
                    doc.putArray("nameservers").addObject().put("hostname", NAMESERVER).put("priority", 1);
                    return ApiResponse.json(200, doc);
                });
    }

    Zone find(String id) {
        Zone z = state.zones.get(id);
        if (z == null) {
            throw OsError.notFound("zone_not_found", "Could not find Zone");
        }
        return z;
    }

    private ApiResponse create(OsRequest r) {
        JsonNode b = r.body();
        String name = Json.text(b, "name");
        if (name == null || !name.endsWith(".") || name.length() < 2 || name.contains("..")) {
            throw new OsError(400, "invalid_object", "Provided object does not match schema: name '" + name
                    + "' is not a 'domainname' (it must end with a dot)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type = b.path("type").asText("PRIMARY");
        String email = Json.text(b, "email");
        if (type.equals("PRIMARY") && (email == null || !email.contains("@"))) {
            throw new OsError(400, "invalid_object", "Provided object does not match schema: email is required for a PRIMARY zone");
        }
        if (state.zones.values().stream().anyMatch(z -> z.name.equals(lower))) {
            throw OsError.conflict("duplicate_zone", "Duplicate Zone");
        }
        Instant now = state.now();
        Zone z = new Zone();
        z.id = state.newId();
        z.name = lower;
        z.email = email;
        z.ttl = b.path("ttl").asInt(3600);
        z.serial = now.getEpochSecond();
        z.description = Json.text(b, "description");
        z.created = now;
        z.pendingUntil = now.plus(state.config.dnsDelay());
        state.zones.put(z.id, z);
        String admin = email == null ? "hostmaster." + lower : email.replace('@', '.') + ".";
        managed(z, "SOA", List.of(NAMESERVER + " " + admin + " " + z.serial + " 3588 600 86400 3600"), now);
        managed(z, "NS", List.of(NAMESERVER), now);
        return ApiResponse.json(202, view(z, r.baseUrl()));
    }

    private void managed(Zone z, String type, List<String> records, Instant now) {
        Recordset rs = new Recordset();
        rs.id = state.newId();
        rs.zoneId = z.id;
        rs.name = z.name;
        rs.type = type;
        rs.records.addAll(records);
        rs.managed = true;
        rs.created = now;
        rs.pendingUntil = z.pendingUntil;
        state.recordsets.put(rs.id, rs);
    }

    private ApiResponse update(OsRequest r) {
        Zone z = find(r.param(0));
        JsonNode b = r.body();
        if (b.has("name")) {
            throw new OsError(400, "invalid_object", "Provided object does not match schema: name cannot be changed");
        }
        if (b.hasNonNull("email")) {
            z.email = b.get("email").asText();
        }
        if (b.hasNonNull("ttl")) {
            z.ttl = b.get("ttl").asInt();
        }
        if (b.has("description")) {
            z.description = Json.text(b, "description");
        }
        Instant now = state.now();
        z.change("UPDATE", now, now.plus(state.config.dnsDelay()));
        return ApiResponse.json(202, view(z, r.baseUrl()));
    }

    private ApiResponse delete(OsRequest r) {
        Zone z = find(r.param(0));
        Instant now = state.now();
        z.change("DELETE", now, now.plus(state.config.dnsDelay()));
        return ApiResponse.json(202, view(z, r.baseUrl()));
    }

    ObjectNode view(Zone z, String base) {
        Instant now = state.now();
        ObjectNode o = Json.object().put("id", z.id).put("pool_id", Ids.uuid("pool:default"))
                .put("project_id", state.config.projectId()).put("name", z.name).put("email", z.email).put("ttl", z.ttl)
                .put("serial", z.serial).put("status", z.status(now)).put("action", z.action(now))
                .put("description", z.description).put("type", "PRIMARY").put("version", z.version)
                .put("created_at", Json.micros(z.created)).put("shared", false);
        o.putArray("masters");
        o.putNull("transferred_at");
        if (z.updated == null) {
            o.putNull("updated_at");
        } else {
            o.put("updated_at", Json.micros(z.updated));
        }
        o.putObject("attributes");
        o.putObject("links").put("self", base + "/dns/v2/zones/" + z.id);
        return o;
    }
}
