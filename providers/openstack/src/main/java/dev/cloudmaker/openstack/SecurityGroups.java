package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.time.Waiter;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Neutron security groups per namespace and role ({@code cloudmaker-<ns>-<role>}; {@code cloudmaker-<ns>} without a
 * role), opening SSH and the role's ports to everyone over IPv4 and IPv6, as the host firewall does; Neutron's
 * {@code default} group stays as it is. Made once per run and reconciled: missing ingress rules are added, ingress
 * rules nobody declares any more are deleted (egress rules are Neutron's and stay). Servers name the group by id,
 * since Neutron lets names repeat; the description names the namespace, which tells {@code cloudmaker-shop-eu} of
 * namespace {@code shop} (role {@code eu}) from that of namespace {@code shop-eu}.
 */
final class SecurityGroups {
    static final PortSpec SSH = new PortSpec(22, "tcp");
    private static final List<String> ETHERTYPES = List.of("IPv4", "IPv6");

    private final OpenStackApi api;
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    SecurityGroups(OpenStackApi api) {
        this.api = api;
    }

    static String name(String namespace, String role) {
        return "cloudmaker-" + (namespace == null ? "default" : namespace) + (role == null || role.isBlank() ? "" : "-" + role);
    }

    /** The group's id, found or made and reconciled on first use in this run. */
    String ensure(String namespace, String role, List<PortSpec> ports) {
        String name = name(namespace, role);
        return ids.computeIfAbsent(name, n -> {
            JsonNode group = find(n).orElseGet(() -> create(n, namespace, role));
            reconcile(group, rules(ports));
            return group.path("id").asText();
        });
    }

    /** SSH first, then each declared port once. */
    static Set<PortSpec> rules(List<PortSpec> ports) {
        Set<PortSpec> out = new LinkedHashSet<>();
        out.add(SSH);
        ports.forEach(p -> out.add(new PortSpec(p.port(), p.protocol() == null ? "tcp" : p.protocol().toLowerCase(Locale.ROOT))));
        return out;
    }

    /** The groups cloudmaker made for {@code namespace}: named after it, their description naming it. */
    List<JsonNode> ofNamespace(String namespace) {
        String name = name(namespace, null);
        return api.list(Service.NETWORK, "/security-groups", Map.of(), "security_groups").stream()
                .filter(g -> g.path("name").asText().equals(name) || g.path("name").asText().startsWith(name + "-"))
                .filter(g -> g.path("description").asText().endsWith(" in namespace " + namespace)).toList();
    }

    /** Deletes the group, waiting (bounded) while Neutron says a port still uses it; gone already is fine. */
    void delete(JsonNode group, Duration timeout) {
        String name = group.path("name").asText();
        ids.remove(name);
        String path = "/security-groups/" + group.path("id").asText();
        Waiter.waitingFor("security group " + name + " to be no longer in use", timeout)
                .polling(Duration.ofMillis(200), Duration.ofSeconds(5))
                .until(() -> deleted(path), done -> done, done -> "in use by a port (SecurityGroupInUse)");
    }

    private boolean deleted(String path) {
        try {
            ApiCalls.ignoreNotFound(() -> api.send(Service.NETWORK, ApiRequest.delete(path)));
            return true;
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.CONFLICT) {
                throw e;
            }
            return false;
        }
    }

    private java.util.Optional<JsonNode> find(String name) {
        return api.list(Service.NETWORK, "/security-groups", Map.of("name", name), "security_groups").stream()
                .filter(g -> name.equals(g.path("name").asText())).findFirst();
    }

    private JsonNode create(String name, String namespace, String role) {
        ObjectNode group = Json.object().put("name", name).put("description", "cloudmaker: SSH and the ports of "
                + (role == null ? "servers without a role" : "role " + role) + (namespace == null ? "" : " in namespace " + namespace));
        ObjectNode body = Json.object();
        body.set("security_group", group);
        return api.send(Service.NETWORK, ApiRequest.post("/security-groups", body)).json().path("security_group");
    }

    private void reconcile(JsonNode group, Set<PortSpec> wanted) {
        String id = group.path("id").asText();
        for (PortSpec port : wanted) {
            for (String ethertype : ETHERTYPES) {
                if (!has(group, port, ethertype)) {
                    add(id, port, ethertype);
                }
            }
        }
        for (JsonNode r : group.path("security_group_rules")) {
            if ("ingress".equals(r.path("direction").asText()) && wanted.stream().noneMatch(p -> open(r, p, r.path("ethertype").asText()))) {
                ApiCalls.ignoreNotFound(() -> api.send(Service.NETWORK, ApiRequest.delete("/security-group-rules/" + r.path("id").asText())));
            }
        }
    }

    private static boolean has(JsonNode group, PortSpec port, String ethertype) {
        for (JsonNode r : group.path("security_group_rules")) {
            if (open(r, port, ethertype)) {
                return true;
            }
        }
        return false;
    }

    /** An ingress rule letting everyone reach {@code port} over {@code ethertype}. */
    private static boolean open(JsonNode r, PortSpec port, String ethertype) {
        return "ingress".equals(r.path("direction").asText()) && ETHERTYPES.contains(ethertype)
                && ethertype.equals(r.path("ethertype").asText()) && port.protocol().equals(r.path("protocol").asText())
                && r.path("port_range_min").asInt() == port.port() && r.path("port_range_max").asInt() == port.port()
                && r.path("remote_group_id").isNull() && everyone(r.path("remote_ip_prefix"), ethertype);
    }

    private static boolean everyone(JsonNode prefix, String ethertype) {
        return prefix.isNull() || prefix.isMissingNode() || prefix.asText().equals(ethertype.equals("IPv4") ? "0.0.0.0/0" : "::/0");
    }

    private void add(String groupId, PortSpec port, String ethertype) {
        ObjectNode rule = Json.object().put("security_group_id", groupId).put("direction", "ingress").put("ethertype", ethertype)
                .put("protocol", port.protocol()).put("port_range_min", port.port()).put("port_range_max", port.port())
                .put("remote_ip_prefix", ethertype.equals("IPv4") ? "0.0.0.0/0" : "::/0");
        ObjectNode body = Json.object();
        body.set("security_group_rule", rule);
        try {
            api.send(Service.NETWORK, ApiRequest.post("/security-group-rules", body));
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.CONFLICT) {
                throw e;
            }
            // SecurityGroupRuleExists: another run added it first
        }
    }
}
