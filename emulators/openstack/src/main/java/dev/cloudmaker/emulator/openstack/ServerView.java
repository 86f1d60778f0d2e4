package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server as Nova writes it at the requested microversion: {@code flavor} as a link to its id below 2.47 and
 * embedded from 2.47, {@code locked} from 2.9, {@code description} from 2.19, {@code tags} from 2.26,
 * {@code locked_reason} from 2.73. {@code addresses} always carry {@code version} and {@code OS-EXT-IPS:type}
 * (the SDK indexes both), and {@code metadata} is always there (the CLI pops it).
 */
final class ServerView {
    private final OpenStackState state;

    ServerView(OpenStackState state) {
        this.state = state;
    }

    ObjectNode brief(Server s, String base) {
        ObjectNode o = Json.object().put("id", s.id).put("name", s.name);
        o.set("links", links(base, "servers", s.id));
        return o;
    }

    ObjectNode detail(Server s, OsRequest r) {
        String base = r.baseUrl();
        OpenStackConfig c = state.config;
        ObjectNode o = Json.object().put("id", s.id).put("name", s.name).put("status", s.status())
                .put("tenant_id", c.projectId()).put("user_id", c.userId())
                .put("created", Json.time(s.created)).put("updated", Json.time(s.updated))
                .put("hostId", s.hasNetwork() ? Ids.hex("host:" + c.projectId()) : "")
                .put("progress", s.vmState.equals("building") ? 0 : 100);
        Map<String, List<ObjectNode>> addresses = addresses(s);
        ObjectNode addr = o.putObject("addresses");
        addresses.forEach((net, list) -> addr.putArray(net).addAll(list));
        o.put("accessIPv4", access(addresses, 4)).put("accessIPv6", access(addresses, 6));
        ObjectNode image = o.putObject("image").put("id", s.imageId);
        image.putArray("links").addObject().put("rel", "bookmark").put("href", base + "/compute/images/" + s.imageId);
        o.set("flavor", flavor(s.flavorId, r));
        if (s.keyName == null) {
            o.putNull("key_name");
        } else {
            o.put("key_name", s.keyName);
        }
        ObjectNode meta = o.putObject("metadata");
        s.metadata.forEach(meta::put);
        o.put("config_drive", s.configDrive ? "True" : "");
        ArrayNode groups = o.putArray("security_groups");
        s.securityGroups.stream().map(state.groups::get).filter(g -> g != null)
                .forEach(g -> groups.addObject().put("name", g.name()));
        o.set("links", links(base, "servers", s.id));
        o.put("OS-DCF:diskConfig", "MANUAL").put("OS-EXT-AZ:availability_zone", s.availabilityZone)
                .put("OS-EXT-STS:vm_state", s.vmState).put("OS-EXT-STS:power_state", s.powerState);
        putNullable(o, "OS-EXT-STS:task_state", s.taskState);
        putNullable(o, "OS-SRV-USG:launched_at", s.launchedAt == null ? null : Json.micros(s.launchedAt));
        o.putNull("OS-SRV-USG:terminated_at");
        o.putArray("os-extended-volumes:volumes_attached");
        if (s.fault != null) {
            o.putObject("fault").put("code", s.fault.code()).put("created", Json.time(s.fault.created()))
                    .put("message", s.fault.message());
        }
        if (r.atLeast("2.9")) {
            o.put("locked", s.locked);
        }
        if (r.atLeast("2.19")) {
            putNullable(o, "description", s.description);
        }
        if (r.atLeast("2.26")) {
            o.set("tags", Json.strings(s.tags));
        }
        if (r.atLeast("2.73")) {
            o.putNull("locked_reason");
        }
        return o;
    }

    ObjectNode flavor(String flavorId, OsRequest r) {
        Flavor f = Flavor.byId(flavorId).orElseThrow();
        if (r.atLeast("2.47")) {
            ObjectNode o = Json.object().put("vcpus", f.vcpus()).put("ram", f.ram()).put("disk", f.disk())
                    .put("ephemeral", 0).put("swap", 0).put("original_name", f.name());
            o.putObject("extra_specs");
            return o;
        }
        ObjectNode o = Json.object().put("id", f.id());
        o.putArray("links").addObject().put("rel", "bookmark").put("href", r.baseUrl() + "/compute/flavors/" + f.id());
        return o;
    }

    /** Addresses by network name: each port's fixed addresses, then the floating IPs on it. */
    Map<String, List<ObjectNode>> addresses(Server s) {
        Map<String, List<ObjectNode>> out = new LinkedHashMap<>();
        if (!s.hasNetwork()) {
            return out;
        }
        for (String portId : s.portIds) {
            Port port = state.ports.get(portId);
            if (port == null) {
                continue;
            }
            String net = state.topology.network(port.networkId()).map(Network::name).orElse(port.networkId());
            List<ObjectNode> list = out.computeIfAbsent(net, k -> new java.util.ArrayList<>());
            for (FixedIp ip : port.fixedIps()) {
                list.add(address(ip.ipAddress(), "fixed", port.macAddress()));
            }
            state.floatingIps.values().stream().filter(f -> portId.equals(f.portId()))
                    .forEach(f -> list.add(address(f.address(), "floating", port.macAddress())));
        }
        return out;
    }

    private static ObjectNode address(String ip, String type, String mac) {
        return Json.object().put("OS-EXT-IPS-MAC:mac_addr", mac).put("version", ip.contains(":") ? 6 : 4)
                .put("addr", ip).put("OS-EXT-IPS:type", type);
    }

    /** The first address of a family on the public network, as a provider network cloud sets accessIPv4/6. */
    private static String access(Map<String, List<ObjectNode>> addresses, int version) {
        return addresses.getOrDefault("public", List.of()).stream().filter(a -> a.get("version").asInt() == version)
                .map(a -> a.get("addr").asText()).findFirst().orElse("");
    }

    static ArrayNode links(String base, String collection, String id) {
        ArrayNode links = Json.array();
        links.addObject().put("rel", "self").put("href", base + "/compute/v2.1/" + collection + "/" + id);
        links.addObject().put("rel", "bookmark").put("href", base + "/compute/" + collection + "/" + id);
        return links;
    }

    private static void putNullable(ObjectNode o, String field, String value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }
}
