package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Renders stored objects as the API's JSON shapes. */
final class Views {
    private Views() {
    }

    /** A paged list body: {@code {key: [...], links: {pages}, meta: {total}}}. */
    static <T> ObjectNode list(String key, List<T> all, Function<T, JsonNode> view, ApiRequest req) {
        Pagination p = Pagination.from(req.query());
        ArrayNode items = Json.array();
        p.slice(all).forEach(x -> items.add(view.apply(x)));
        ObjectNode body = Json.object();
        body.set(key, items);
        body.putObject("links").set("pages", p.pageLinks(req.baseUrl(), req.path(), req.query(), all.size()));
        body.putObject("meta").put("total", all.size());
        return body;
    }

    static ObjectNode wrap(String key, JsonNode value) {
        ObjectNode o = Json.object();
        o.set(key, value);
        return o;
    }

    static ObjectNode error(String id, String message, String requestId) {
        return Json.object().put("id", id).put("message", message).put("request_id", requestId);
    }

    static ObjectNode region(CatalogRegion r) {
        ObjectNode o = Json.object().put("name", r.name()).put("slug", r.slug());
        o.set("features", Json.strings(r.features()));
        o.put("available", r.available());
        o.set("sizes", Json.strings(Catalog.sizesIn(r.slug())));
        return o;
    }

    static ObjectNode size(CatalogSize s) {
        ObjectNode o = Json.object().put("slug", s.slug()).put("memory", s.memory()).put("vcpus", s.vcpus())
                .put("disk", s.disk()).put("transfer", s.transfer()).put("price_monthly", s.priceMonthly())
                .put("price_hourly", s.priceHourly());
        o.set("regions", Json.strings(s.regions()));
        o.put("available", true).put("description", s.description());
        ObjectNode disk = o.putArray("disk_info").addObject().put("type", "local");
        disk.putObject("size").put("amount", s.disk()).put("unit", "gib");
        return o;
    }

    static ObjectNode image(CatalogImage i) {
        ObjectNode o = Json.object().put("id", i.id()).put("name", i.name()).put("type", "base")
                .put("distribution", i.distribution()).put("slug", i.slug()).put("public", true);
        o.set("regions", Json.strings(Catalog.REGIONS.stream().map(CatalogRegion::slug).toList()));
        o.put("created_at", "2025-06-01T00:00:00Z").put("min_disk_size", i.minDiskSize())
                .put("size_gigabytes", i.sizeGigabytes()).put("description", i.description());
        o.putArray("tags");
        return o.put("status", "available").put("error_message", "");
    }

    static ObjectNode image(Snapshot s) {
        ObjectNode o = Json.object().put("id", s.id()).put("name", s.name()).put("type", "snapshot")
                .put("distribution", s.distribution()).putNull("slug").put("public", false);
        o.set("regions", Json.strings(List.of(s.region())));
        o.put("created_at", Json.time(s.createdAt())).put("min_disk_size", s.minDiskSize())
                .put("size_gigabytes", s.sizeGigabytes()).put("description", "");
        o.putArray("tags");
        return o.put("status", "available").put("error_message", "");
    }

    static ObjectNode action(Action a) {
        ObjectNode o = Json.object().put("id", a.id()).put("status", a.status()).put("type", a.type())
                .put("started_at", Json.time(a.startedAt()));
        if (a.inProgress()) {
            o.putNull("completed_at");
        } else {
            o.put("completed_at", Json.time(a.completesAt()));
        }
        o.put("resource_id", a.dropletId()).put("resource_type", "droplet");
        Catalog.region(a.region()).ifPresent(r -> o.set("region", region(r)));
        return o.put("region_slug", a.region());
    }

    static ObjectNode key(SshKey k) {
        return Json.object().put("id", k.id()).put("fingerprint", k.fingerprint()).put("public_key", k.publicKey())
                .put("name", k.name());
    }

    static ObjectNode record(DnsRecord r) {
        ObjectNode o = Json.object().put("id", r.id()).put("type", r.type()).put("name", r.name())
                .put("data", r.data());
        o.put("priority", r.priority()).put("port", r.port()).put("ttl", r.ttl()).put("weight", r.weight())
                .put("flags", r.flags()).put("tag", r.tag());
        return o;
    }

    static ObjectNode domain(String name, List<DnsRecord> records) {
        StringBuilder zone = new StringBuilder("$ORIGIN ").append(name).append(".\n$TTL 1800\n");
        for (DnsRecord r : records) {
            zone.append(r.name()).append(" IN ").append(r.type()).append(' ').append(zoneData(r)).append('\n');
        }
        return Json.object().put("name", name).put("ttl", 1800).put("zone_file", zone.toString());
    }

    private static String zoneData(DnsRecord r) {
        return switch (r.type()) {
            case "CNAME", "NS", "MX", "SRV" -> r.data() + ".";
            default -> r.data();
        };
    }

    static ObjectNode tag(String name, List<Droplet> tagged, String baseUrl) {
        ObjectNode o = Json.object().put("name", name);
        ObjectNode res = o.putObject("resources").put("count", tagged.size());
        ObjectNode dr = res.putObject("droplets").put("count", tagged.size());
        if (!tagged.isEmpty()) {
            String uri = baseUrl + "/v2/droplets/" + tagged.getLast().id();
            res.put("last_tagged_uri", uri);
            dr.put("last_tagged_uri", uri);
        }
        return o;
    }

    static List<String> features(Droplet d) {
        List<String> f = new ArrayList<>();
        if (d.backups()) {
            f.add("backups");
        }
        if (d.publicIpv6() != null) {
            f.add("ipv6");
        }
        if (d.monitoring()) {
            f.add("monitoring");
        }
        f.add("private_networking");
        return f;
    }
}
