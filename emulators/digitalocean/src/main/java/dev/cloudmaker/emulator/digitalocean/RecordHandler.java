package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;
import java.util.Locale;

/** DNS records of a domain: names stored relative, hostname data stored without the trailing dot. */
final class RecordHandler {
    private final State state;
    private final DomainHandler domains;

    RecordHandler(State state, DomainHandler domains) {
        this.state = state;
        this.domains = domains;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/domains/{}/records", "records", this::list)
                .add("POST", "/v2/domains/{}/records", "records", req -> {
                    DnsRecord r = create(domains.find(req.param(0)), req.body());
                    return ApiResponse.json(201, Views.wrap("domain_record", Views.record(r)));
                })
                .add("GET", "/v2/domains/{}/records/{}", "records", req -> ApiResponse.json(200,
                        Views.wrap("domain_record", Views.record(find(req)))))
                .add("PUT", "/v2/domains/{}/records/{}", "records", this::update)
                .add("PATCH", "/v2/domains/{}/records/{}", "records", this::update)
                .add("DELETE", "/v2/domains/{}/records/{}", "records", req -> {
                    state.records.remove(find(req).id());
                    return ApiResponse.noContent();
                });
    }

    private ApiResponse list(ApiRequest req) {
        String domain = domains.find(req.param(0));
        String type = req.query("type");
        String name = req.query("name");
        // the name filter takes the full name (www.example.com); stored names are relative
        String relative = name == null ? null : RecordRules.relativeName(name, domain);
        List<DnsRecord> all = state.recordsOf(domain).stream()
                .filter(r -> type == null || r.type().equalsIgnoreCase(type))
                .filter(r -> relative == null || r.name().equals(relative))
                .toList();
        return ApiResponse.json(200, Views.list("domain_records", all, Views::record, req));
    }

    private DnsRecord find(ApiRequest req) {
        String domain = domains.find(req.param(0));
        DnsRecord r = state.records.get(req.idParam(1));
        if (r == null || !r.domain().equals(domain)) {
            throw ApiError.notFound();
        }
        return r;
    }

    /** Shared with seeding. */
    DnsRecord create(String domain, JsonNode body) {
        String type = upper(Json.text(body, "type"));
        if (type == null || !RecordRules.TYPES.contains(type) || type.equals("SOA")) {
            throw ApiError.unprocessable("Type is invalid: use one of A, AAAA, CAA, CNAME, MX, NS, SRV, TXT.");
        }
        String data = RecordRules.data(type, Json.text(body, "data"), true);
        Integer priority = Json.integer(body, "priority");
        if ((type.equals("MX") || type.equals("SRV")) && priority == null) {
            throw ApiError.unprocessable("Priority is required for " + type + " records.");
        }
        if (type.equals("SRV") && (Json.integer(body, "port") == null || Json.integer(body, "weight") == null)) {
            throw ApiError.unprocessable("Port and weight are required for SRV records.");
        }
        Integer ttl = Json.integer(body, "ttl");
        DnsRecord r = new DnsRecord(state.newId(), domain, type, RecordRules.relativeName(Json.text(body, "name"), domain),
                data, priority, Json.integer(body, "port"), ttl == null ? 1800 : ttl, Json.integer(body, "weight"),
                Json.integer(body, "flags"), Json.text(body, "tag"));
        state.records.put(r.id(), r);
        return r;
    }

    private ApiResponse update(ApiRequest req) {
        DnsRecord r = find(req);
        JsonNode b = req.body();
        String type = upper(Json.text(b, "type"));
        if (type != null && !type.equals(r.type())) {
            throw ApiError.unprocessable("The type of a record cannot be changed.");
        }
        String data = Json.text(b, "data") == null ? r.data() : RecordRules.data(r.type(), Json.text(b, "data"), false);
        String name = Json.text(b, "name") == null ? r.name() : RecordRules.relativeName(Json.text(b, "name"), r.domain());
        DnsRecord updated = new DnsRecord(r.id(), r.domain(), r.type(), name, data, or(Json.integer(b, "priority"), r.priority()),
                or(Json.integer(b, "port"), r.port()), or(Json.integer(b, "ttl"), r.ttl()),
                or(Json.integer(b, "weight"), r.weight()), or(Json.integer(b, "flags"), r.flags()),
                Json.text(b, "tag") == null ? r.tag() : Json.text(b, "tag"));
        state.records.put(r.id(), updated);
        return ApiResponse.json(200, Views.wrap("domain_record", Views.record(updated)));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
