package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;
import java.util.List;

/**
 * Neutron floating IPs: allocated from an external network (400 for any other), associated with a port on a tenant
 * network (a port on the external network itself cannot have one, as there is no router between), released by
 * delete; a server's floating IP shows in its {@code addresses} as {@code floating}.
 */
final class FloatingIpHandler {
    private final OpenStackState state;

    FloatingIpHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/networking/v2.0/floatingips";
        router.add("GET", p, "floatingips", r -> NeutronList.answer(r, "floatingips", "floatingips", views()))
                .add("GET", p + "/{}", "floatingips", r -> NetworkHandler.one("floatingip", views(), "floatingips", r.param(0)))
                .add("POST", p, "floatingips", this::create)
                .add("PUT", p + "/{}", "floatingips", this::update)
                .add("DELETE", p + "/{}", "floatingips", r -> {
                    state.floatingIps.remove(find(r.param(0)).id());
                    return ApiResponse.noContent();
                });
    }

    private FloatingIp find(String id) {
        FloatingIp f = state.floatingIps.get(id);
        if (f == null) {
            throw NeutronList.notFound("floatingips", id);
        }
        return f;
    }

    private ApiResponse create(OsRequest r) {
        JsonNode body = r.required("floatingip");
        String networkId = Json.text(body, "floating_network_id");
        Network network = state.topology.network(networkId == null ? "" : networkId)
                .orElseThrow(() -> NeutronList.notFound("networks", networkId));
        if (!network.external()) {
            throw new OsError(400, "BadRequest", "Bad floatingip request: Network " + networkId
                    + " is not a valid external network.");
        }
        Instant now = state.now();
        FloatingIp f = new FloatingIp(state.newId(), state.topology.publicV4(state.nextAddress()).ipAddress(), network.id(),
                null, null, body.path("description").asText(""), now, now);
        String portId = Json.text(body, "port_id");
        if (portId != null) {
            f = associate(f, portId, Json.text(body, "fixed_ip_address"), now);
        }
        state.floatingIps.put(f.id(), f);
        return ApiResponse.json(201, Json.object().set("floatingip", view(f)));
    }

    private ApiResponse update(OsRequest r) {
        FloatingIp f = find(r.param(0));
        JsonNode body = r.required("floatingip");
        Instant now = state.now();
        String portId = Json.text(body, "port_id");
        f = portId == null ? f.associated(null, null, now) : associate(f, portId, Json.text(body, "fixed_ip_address"), now);
        state.floatingIps.put(f.id(), f);
        return ApiResponse.json(200, Json.object().set("floatingip", view(f)));
    }

    private FloatingIp associate(FloatingIp f, String portId, String fixed, Instant now) {
        Port port = state.ports.get(portId);
        if (port == null) {
            throw NeutronList.notFound("ports", portId);
        }
        Network net = state.topology.network(port.networkId()).orElseThrow();
        FixedIp v4 = port.fixedIps().stream().filter(ip -> !ip.ipAddress().contains(":"))
                .filter(ip -> fixed == null || ip.ipAddress().equals(fixed)).findFirst()
                .orElseThrow(() -> new OsError(400, "BadRequest", "Bad floatingip request: Port " + portId
                        + " does not have fixed ip " + fixed + "."));
        if (net.external()) {
            throw new OsError(404, "ExternalGatewayForFloatingIPNotFound", "External network " + f.networkId()
                    + " is not reachable from subnet " + v4.subnetId() + ".  Therefore, cannot associate Port " + portId
                    + " with a Floating IP.");
        }
        boolean taken = state.floatingIps.values().stream()
                .anyMatch(o -> !o.id().equals(f.id()) && portId.equals(o.portId()) && v4.ipAddress().equals(o.fixedIp()));
        if (taken) {
            throw OsError.conflict("FloatingIPPortAlreadyAssociated", "Cannot associate floating IP " + f.address()
                    + " with port " + portId + " using fixed IP " + v4.ipAddress() + ", as that fixed IP already has a floating IP.");
        }
        return f.associated(portId, v4.ipAddress(), now);
    }

    private List<ObjectNode> views() {
        return state.floatingIps.values().stream().map(this::view).toList();
    }

    private ObjectNode view(FloatingIp f) {
        ObjectNode o = NeutronList.base(f.id(), state.config.projectId(), f.created(), f.updated())
                .put("floating_ip_address", f.address()).put("floating_network_id", f.networkId())
                .put("status", f.portId() == null ? "DOWN" : "ACTIVE").put("description", f.description())
                .put("dns_domain", "").put("dns_name", "");
        if (f.portId() == null) {
            o.putNull("port_id").putNull("fixed_ip_address").putNull("router_id");
        } else {
            o.put("port_id", f.portId()).put("fixed_ip_address", f.fixedIp()).put("router_id", Ids.uuid("router:" + f.networkId()));
        }
        o.putNull("port_details").putNull("qos_policy_id");
        return o;
    }
}
