package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Neutron security groups (a new one gets Neutron's two egress rules; one in use by a port, or {@code default}, is
 * not deleted: 409) and their rules (checked as Neutron checks them; an identical rule is 409
 * {@code SecurityGroupRuleExists}).
 */
final class SecurityGroupHandler {
    private static final Set<String> PORT_PROTOCOLS = Set.of("tcp", "udp", "6", "17", "sctp", "132", "dccp", "33", "udplite", "136");
    private final OpenStackState state;

    SecurityGroupHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        String g = "/networking/v2.0/security-groups";
        String rl = "/networking/v2.0/security-group-rules";
        router.add("GET", g, "security-groups", r -> NeutronList.answer(r, "security_groups", "security-groups", groups()))
                .add("GET", g + "/{}", "security-groups", r -> ApiResponse.json(200, Json.object().set("security_group",
                        group(find(r.param(0))))))
                .add("POST", g, "security-groups", this::createGroup)
                .add("PUT", g + "/{}", "security-groups", this::updateGroup)
                .add("DELETE", g + "/{}", "security-groups", this::deleteGroup)
                .add("GET", rl, "security-group-rules", r -> NeutronList.answer(r, "security_group_rules",
                        "security-group-rules", state.rules.values().stream().map(this::rule).toList()))
                .add("GET", rl + "/{}", "security-group-rules", r -> ApiResponse.json(200, Json.object()
                        .set("security_group_rule", rule(findRule(r.param(0))))))
                .add("POST", rl, "security-group-rules", this::createRule)
                .add("DELETE", rl + "/{}", "security-group-rules", r -> {
                    state.rules.remove(findRule(r.param(0)).id());
                    return ApiResponse.noContent();
                });
    }

    private SecurityGroup find(String id) {
        SecurityGroup g = state.groups.get(id);
        if (g == null) {
            throw NeutronList.notFound("security-groups", id);
        }
        return g;
    }

    private SecurityGroupRule findRule(String id) {
        SecurityGroupRule rule = state.rules.get(id);
        if (rule == null) {
            throw NeutronList.notFound("security-group-rules", id);
        }
        return rule;
    }

    private ApiResponse createGroup(OsRequest r) {
        JsonNode body = r.required("security_group");
        String name = body.path("name").asText("");
        if (name.equals("default")) {
            throw OsError.conflict("SecurityGroupDefaultAlreadyExists", "Default security group already exists.");
        }
        Instant now = state.now();
        SecurityGroup g = new SecurityGroup(state.newId(), name, body.path("description").asText(""), now, now);
        state.groups.put(g.id(), g);
        for (String ether : List.of("IPv4", "IPv6")) {
            SecurityGroupRule rule = new SecurityGroupRule(state.newId(), g.id(), "egress", ether, null, null, null, null,
                    null, null, now);
            state.rules.put(rule.id(), rule);
        }
        return ApiResponse.json(201, Json.object().set("security_group", group(g)));
    }

    private ApiResponse updateGroup(OsRequest r) {
        SecurityGroup g = find(r.param(0));
        JsonNode body = r.required("security_group");
        SecurityGroup changed = new SecurityGroup(g.id(), body.path("name").asText(g.name()),
                body.path("description").asText(g.description()), g.created(), state.now());
        state.groups.put(g.id(), changed);
        return ApiResponse.json(200, Json.object().set("security_group", group(changed)));
    }

    private ApiResponse deleteGroup(OsRequest r) {
        SecurityGroup g = find(r.param(0));
        if (g.name().equals("default")) {
            throw OsError.conflict("SecurityGroupCannotRemoveDefault", "Insufficient rights for removing default security group.");
        }
        boolean inUse = state.ports.values().stream().anyMatch(p -> p.securityGroupIds().contains(g.id()));
        if (inUse) {
            throw OsError.conflict("SecurityGroupInUse", "Security Group " + g.id() + " in use.");
        }
        state.groups.remove(g.id());
        state.rules.values().removeIf(x -> x.groupId().equals(g.id()));
        return ApiResponse.noContent();
    }

    private ApiResponse createRule(OsRequest r) {
        JsonNode b = r.required("security_group_rule");
        String groupId = Json.text(b, "security_group_id");
        SecurityGroup g = find(groupId == null ? "" : groupId);
        String direction = Json.text(b, "direction");
        if (!"ingress".equals(direction) && !"egress".equals(direction)) {
            throw new OsError(400, "InvalidInput", "Invalid input for direction. Reason: '" + direction
                    + "' is not in ['ingress', 'egress'].");
        }
        String ether = b.path("ethertype").asText("IPv4");
        if (!ether.equals("IPv4") && !ether.equals("IPv6")) {
            throw new OsError(400, "SecurityGroupRuleInvalidEtherType", "Security group rule for ethertype '" + ether
                    + "' not supported. Allowed values are ['IPv4', 'IPv6'].");
        }
        String protocol = Json.text(b, "protocol");
        Integer min = b.hasNonNull("port_range_min") ? b.get("port_range_min").asInt() : null;
        Integer max = b.hasNonNull("port_range_max") ? b.get("port_range_max").asInt() : null;
        if ((min != null || max != null) && (protocol == null || !PORT_PROTOCOLS.contains(protocol)) && !"icmp".equals(protocol)) {
            throw new OsError(400, "SecurityGroupProtocolRequiredWithPorts", "Must also specify protocol if port range is given.");
        }
        if (min != null && max != null && !"icmp".equals(protocol) && (min > max || min < 1 || max > 65535)) {
            throw new OsError(400, "SecurityGroupInvalidPortRange", "For TCP/UDP protocols, port_range_min must be <= port_range_max");
        }
        String remoteGroup = Json.text(b, "remote_group_id");
        if (remoteGroup != null) {
            find(remoteGroup);
        }
        SecurityGroupRule rule = new SecurityGroupRule(state.newId(), g.id(), direction, ether, protocol, min, max,
                Json.text(b, "remote_ip_prefix"), remoteGroup, Json.text(b, "description"), state.now());
        state.rules.values().stream().filter(x -> x.sameAs(rule)).findFirst().ifPresent(x -> {
            throw OsError.conflict("SecurityGroupRuleExists", "Security group rule already exists. Rule id is " + x.id() + ".");
        });
        state.rules.put(rule.id(), rule);
        return ApiResponse.json(201, Json.object().set("security_group_rule", rule(rule)));
    }

    private List<ObjectNode> groups() {
        return state.groups.values().stream().map(this::group).toList();
    }

    private ObjectNode group(SecurityGroup g) {
        ObjectNode o = NeutronList.base(g.id(), state.config.projectId(), g.created(), g.updated()).put("name", g.name())
                .put("description", g.description()).put("stateful", true).put("shared", false);
        ArrayNode rules = o.putArray("security_group_rules");
        state.rules.values().stream().filter(x -> x.groupId().equals(g.id())).forEach(x -> rules.add(rule(x)));
        return o;
    }

    private ObjectNode rule(SecurityGroupRule x) {
        ObjectNode o = NeutronList.base(x.id(), state.config.projectId(), x.created(), x.created())
                .put("security_group_id", x.groupId()).put("direction", x.direction()).put("ethertype", x.ethertype())
                .put("protocol", x.protocol()).put("port_range_min", x.portMin()).put("port_range_max", x.portMax())
                .put("remote_ip_prefix", x.remoteIpPrefix()).put("remote_group_id", x.remoteGroupId())
                .put("description", x.description() == null ? "" : x.description());
        o.putNull("remote_address_group_id");
        return o;
    }
}
