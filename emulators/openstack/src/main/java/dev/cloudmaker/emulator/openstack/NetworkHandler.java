package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;
import java.util.List;

/**
 * Neutron's networks and subnets (the fixed {@link Topology}) and ports (one per server and network, made and removed
 * with the server), read-only: the project's servers change them through Nova.
 */
final class NetworkHandler {
    private static final Instant BORN = Instant.parse("2024-01-01T00:00:00Z");
    private final OpenStackState state;

    NetworkHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/networking/v2.0/";
        router.add("GET", p + "networks", "networks", r -> NeutronList.answer(r, "networks", "networks", networks()))
                .add("GET", p + "networks/{}", "networks", r -> one("network", networks(), "networks", r.param(0)))
                .add("GET", p + "subnets", "subnets", r -> NeutronList.answer(r, "subnets", "subnets", subnets()))
                .add("GET", p + "subnets/{}", "subnets", r -> one("subnet", subnets(), "subnets", r.param(0)))
                .add("GET", p + "ports", "ports", r -> NeutronList.answer(r, "ports", "ports", ports()))
                .add("GET", p + "ports/{}", "ports", r -> one("port", ports(), "ports", r.param(0)));
    }

    static ApiResponse one(String key, List<ObjectNode> items, String path, String id) {
        ObjectNode item = items.stream().filter(i -> i.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> NeutronList.notFound(path, id));
        return ApiResponse.json(200, Json.object().set(key, item));
    }

    /** The project owning the external network: the cloud's admin, not the user. */
    private String owner(Network n) {
        return n.external() ? Ids.hex("project:admin") : state.config.projectId();
    }

    private List<ObjectNode> networks() {
        return state.topology.networks().stream().map(n -> {
            ObjectNode o = NeutronList.base(n.id(), owner(n), BORN, BORN).put("name", n.name()).put("status", "ACTIVE")
                    .put("admin_state_up", true).put("shared", n.shared()).put("router:external", n.external())
                    .put("provider:network_type", n.external() ? "flat" : "vxlan")
                    .put("provider:physical_network", n.physicalNetwork()).put("mtu", n.external() ? 1500 : 1450)
                    .put("is_default", n.external()).put("port_security_enabled", true).put("description", "")
                    .put("l2_adjacency", true);
            if (n.external()) {
                o.putNull("provider:segmentation_id");
            } else {
                o.put("provider:segmentation_id", 100);
            }
            o.set("subnets", Json.strings(n.subnetIds()));
            o.putArray("availability_zones").add("nova");
            o.putArray("availability_zone_hints");
            o.putNull("ipv4_address_scope").putNull("ipv6_address_scope").putNull("qos_policy_id");
            return o;
        }).toList();
    }

    private List<ObjectNode> subnets() {
        return state.topology.subnets.stream().map(s -> {
            Network net = state.topology.network(s.networkId()).orElseThrow();
            ObjectNode o = NeutronList.base(s.id(), owner(net), BORN, BORN).put("name", s.name())
                    .put("network_id", s.networkId()).put("ip_version", s.ipVersion()).put("cidr", s.cidr())
                    .put("gateway_ip", s.gateway()).put("enable_dhcp", s.ipVersion() == 4).put("description", "");
            o.putArray("allocation_pools").addObject().put("start", s.poolStart()).put("end", s.poolEnd());
            o.putArray("dns_nameservers");
            o.putArray("host_routes");
            o.putArray("service_types");
            o.putNull("subnetpool_id").putNull("segment_id");
            if (s.ipVersion() == 6) {
                o.put("ipv6_address_mode", "slaac").put("ipv6_ra_mode", "slaac");
            } else {
                o.putNull("ipv6_address_mode").putNull("ipv6_ra_mode");
            }
            return o;
        }).toList();
    }

    private List<ObjectNode> ports() {
        return state.ports.values().stream().map(p -> {
            Server server = state.servers.get(p.deviceId());
            boolean up = server != null && server.powerState == Server.RUNNING;
            ObjectNode o = NeutronList.base(p.id(), state.config.projectId(), p.created(), p.created())
                    .put("name", p.name()).put("network_id", p.networkId()).put("device_id", p.deviceId())
                    .put("device_owner", p.deviceOwner()).put("mac_address", p.macAddress())
                    .put("status", up ? "ACTIVE" : "DOWN").put("admin_state_up", true).put("description", "")
                    .put("binding:vnic_type", "normal").put("port_security_enabled", true).put("dns_name", "");
            var ips = o.putArray("fixed_ips");
            p.fixedIps().forEach(ip -> ips.addObject().put("subnet_id", ip.subnetId()).put("ip_address", ip.ipAddress()));
            o.set("security_groups", Json.strings(p.securityGroupIds()));
            o.putArray("allowed_address_pairs");
            o.putArray("extra_dhcp_opts");
            return o;
        }).toList();
    }
}
