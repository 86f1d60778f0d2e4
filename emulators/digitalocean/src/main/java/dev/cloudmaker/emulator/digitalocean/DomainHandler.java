package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Domains; a new zone gets an SOA and DigitalOcean's three NS records, plus an apex A when ip_address is given. */
final class DomainHandler {
    private static final Pattern DOMAIN = Pattern.compile("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$");

    private final State state;

    DomainHandler(State state) {
        this.state = state;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/domains", "domains", req -> ApiResponse.json(200,
                        Views.list("domains", List.copyOf(state.domains),
                                d -> Views.domain(d, state.recordsOf(d)), req)))
                .add("POST", "/v2/domains", "domains", req -> {
                    String name = create(Json.text(req.body(), "name"), Json.text(req.body(), "ip_address"));
                    return ApiResponse.json(201, Views.wrap("domain", Views.domain(name, state.recordsOf(name))));
                })
                .add("GET", "/v2/domains/{}", "domains", req -> {
                    String name = find(req.param(0));
                    return ApiResponse.json(200, Views.wrap("domain", Views.domain(name, state.recordsOf(name))));
                })
                .add("DELETE", "/v2/domains/{}", "domains", req -> {
                    String name = find(req.param(0));
                    state.domains.remove(name);
                    state.records.values().removeIf(r -> r.domain().equals(name));
                    return ApiResponse.noContent();
                });
    }

    String find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!state.domains.contains(n)) {
            throw ApiError.notFound();
        }
        return n;
    }

    /** Creates the zone with its default records; shared with seeding. */
    String create(String rawName, String ipAddress) {
        String name = rawName == null ? "" : rawName.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (!DOMAIN.matcher(name).matches()) {
            throw ApiError.unprocessable("Name is invalid: give a domain name like example.com.");
        }
        if (state.domains.contains(name)) {
            throw ApiError.unprocessable("Name " + name + " already exists");
        }
        if (ipAddress != null && !RecordRules.isIpv4(ipAddress)) {
            throw ApiError.unprocessable("IP address is invalid.");
        }
        state.domains.add(name);
        add(name, "SOA", "@", "1800", 1800);
        for (String ns : List.of("ns1.digitalocean.com", "ns2.digitalocean.com", "ns3.digitalocean.com")) {
            add(name, "NS", "@", ns, 1800);
        }
        if (ipAddress != null) {
            add(name, "A", "@", ipAddress, 1800);
        }
        return name;
    }

    private void add(String domain, String type, String name, String data, int ttl) {
        long id = state.newId();
        state.records.put(id, new DnsRecord(id, domain, type, name, data, null, null, ttl, null, null, null));
    }
}
