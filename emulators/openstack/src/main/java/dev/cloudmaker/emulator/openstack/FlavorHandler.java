package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;
import java.util.Map;

/**
 * Nova's flavors (brief, detail, one by id with 404 for names, empty extra specs; {@code swap} is {@code ""} below
 * 2.75 and 0 from it, {@code description} from 2.55, {@code extra_specs} from 2.61) and the project's limits.
 */
final class FlavorHandler {
    private final OpenStackState state;

    FlavorHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/compute/v2.1/flavors";
        router.add("GET", p, "flavors", r -> list(r, false))
                .add("GET", p + "/detail", "flavors", r -> list(r, true))
                .add("GET", p + "/{}", "flavors", r -> ApiResponse.json(200, Json.object().set("flavor", detail(find(r), r))))
                .add("GET", p + "/{}/os-extra_specs", "flavors", r -> {
                    find(r);
                    return ApiResponse.json(200, Json.object().set("extra_specs", Json.object()));
                })
                .add("GET", "/compute/v2.1/limits", "limits", this::limits);
    }

    private static Flavor find(OsRequest r) {
        String id = r.param(0);
        return Flavor.byId(id).orElseThrow(() -> OsError.notFound("itemNotFound", "Flavor " + id + " could not be found."));
    }

    private static ApiResponse list(OsRequest r, boolean detail) {
        Map<String, String> q = r.query();
        int minRam = Integer.parseInt(q.getOrDefault("minRam", "0"));
        int minDisk = Integer.parseInt(q.getOrDefault("minDisk", "0"));
        List<Flavor> all = Flavor.ALL.stream().filter(f -> f.ram() >= minRam && f.disk() >= minDisk).toList();
        String marker = q.get("marker");
        int from = 0;
        if (marker != null) {
            from = all.stream().map(Flavor::id).toList().indexOf(marker) + 1;
            if (from == 0) {
                throw OsError.badRequest("marker [" + marker + "] not found");
            }
        }
        int limit = Integer.parseInt(q.getOrDefault("limit", "1000"));
        ArrayNode items = Json.array();
        all.subList(from, Math.min(all.size(), from + limit)).forEach(f -> items.add(detail ? detail(f, r) : brief(f, r)));
        return ApiResponse.json(200, Json.object().set("flavors", items));
    }

    private static ObjectNode brief(Flavor f, OsRequest r) {
        ObjectNode o = Json.object().put("id", f.id()).put("name", f.name());
        o.set("links", links(f, r));
        if (r.atLeast("2.55")) {
            o.putNull("description");
        }
        return o;
    }

    private static ObjectNode detail(Flavor f, OsRequest r) {
        ObjectNode o = Json.object().put("id", f.id()).put("name", f.name()).put("ram", f.ram()).put("disk", f.disk())
                .put("vcpus", f.vcpus()).put("OS-FLV-EXT-DATA:ephemeral", 0).put("OS-FLV-DISABLED:disabled", false)
                .put("os-flavor-access:is_public", true).put("rxtx_factor", 1.0);
        if (r.atLeast("2.75")) {
            o.put("swap", 0);
        } else {
            o.put("swap", "");
        }
        o.set("links", links(f, r));
        if (r.atLeast("2.55")) {
            o.putNull("description");
        }
        if (r.atLeast("2.61")) {
            o.putObject("extra_specs");
        }
        return o;
    }

    private static ArrayNode links(Flavor f, OsRequest r) {
        ArrayNode links = Json.array();
        links.addObject().put("rel", "self").put("href", r.baseUrl() + "/compute/v2.1/flavors/" + f.id());
        links.addObject().put("rel", "bookmark").put("href", r.baseUrl() + "/compute/flavors/" + f.id());
        return links;
    }

    private ApiResponse limits(OsRequest r) {
        int cores = 0;
        int ram = 0;
        for (Server s : state.servers.values()) {
            Flavor f = Flavor.byId(s.flavorId).orElseThrow();
            cores += f.vcpus();
            ram += f.ram();
        }
        int quota = state.config.instanceQuota();
        ObjectNode absolute = Json.object().put("maxServerMeta", 128).put("maxImageMeta", 128)
                .put("maxTotalInstances", quota).put("maxTotalCores", quota * 8).put("maxTotalRAMSize", quota * 16384)
                .put("maxTotalKeypairs", 100).put("maxServerGroups", 10).put("maxServerGroupMembers", 10)
                .put("totalInstancesUsed", state.servers.size()).put("totalCoresUsed", cores).put("totalRAMUsed", ram)
                .put("totalServerGroupsUsed", 0);
        if (!r.atLeast("2.57")) {
            absolute.put("maxPersonality", 5).put("maxPersonalitySize", 10240);
        }
        if (!r.atLeast("2.36")) {
            absolute.put("maxSecurityGroups", 10).put("maxSecurityGroupRules", 20).put("maxTotalFloatingIps", 10)
                    .put("totalSecurityGroupsUsed", state.groups.size()).put("totalFloatingIpsUsed", state.floatingIps.size());
        }
        ObjectNode limits = Json.object();
        limits.putArray("rate");
        limits.set("absolute", absolute);
        return ApiResponse.json(200, Json.object().set("limits", limits));
    }
}
