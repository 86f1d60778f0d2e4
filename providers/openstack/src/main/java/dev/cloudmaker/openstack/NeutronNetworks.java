package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.time.Waiter;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Neutron, for what servers need: the network they are attached to ({@code network} in the provider's settings, by
 * name or id; else the one external network; else the only network there is), and a floating IP when the settings
 * ask for one, made on the server's port and described with the server's id so that it goes with the server.
 */
final class NeutronNetworks {
    static final Duration PORT_TIMEOUT = Duration.ofMinutes(5);

    private final OpenStackApi api;
    private final String wanted;
    private JsonNode chosen;

    /** @param wanted the {@code network} setting (null: choose as described) */
    NeutronNetworks(OpenStackApi api, String wanted) {
        this.api = api;
        this.wanted = wanted;
    }

    /** Chosen once per run: parallel creates wait for the first listing rather than each sending its own. */
    synchronized JsonNode network() {
        if (chosen == null) {
            chosen = choose(api.list(Service.NETWORK, "/networks", Map.of(), "networks"), wanted);
        }
        return chosen;
    }

    /**
     * The name of the servers' network, to tell their public address from the others; null when it cannot be told
     * (no Neutron in the catalog, or no single network to choose), and addresses are then read without it.
     */
    String knownName() {
        try {
            return network().path("name").asText(null);
        } catch (CloudmakerException unknown) {
            return wanted;
        }
    }

    static JsonNode choose(List<JsonNode> networks, String wanted) {
        List<String> names = networks.stream().map(n -> n.path("name").asText()).toList();
        if (wanted != null) {
            List<JsonNode> hits = networks.stream().filter(n -> wanted.equals(n.path("id").asText())
                    || wanted.equals(n.path("name").asText())).toList();
            if (hits.size() == 1) {
                return hits.getFirst();
            }
            throw new CloudmakerException(hits.isEmpty()
                    ? "there is no network \"" + wanted + "\" on this cloud (it has " + String.join(", ", names)
                    + "); fix \"network\" in the provider's settings"
                    : hits.size() + " networks are named \"" + wanted + "\"; give the network's id as \"network\" instead");
        }
        List<JsonNode> external = networks.stream().filter(n -> n.path("router:external").asBoolean(false)).toList();
        if (external.size() == 1) {
            return external.getFirst();
        }
        if (networks.size() == 1) {
            return networks.getFirst();
        }
        throw new CloudmakerException("cannot tell which network servers go on: " + (networks.isEmpty()
                ? "the project sees no networks" : external.size() + " external networks among " + String.join(", ", names))
                + "; set \"network\" in the provider's settings to one of them");
    }

    /** The external network floating IPs come from. */
    private String externalId() {
        return api.list(Service.NETWORK, "/networks", Map.of("router:external", "true"), "networks").stream()
                .filter(n -> n.path("router:external").asBoolean(false)).findFirst().map(n -> n.path("id").asText())
                .orElseThrow(() -> new CloudmakerException("\"floating_ip\" is on, but this cloud has no external network to "
                        + "take floating IPs from; turn it off, or ask the cloud's operators"));
    }

    /** Once the server has a port, a floating IP on it (already one: nothing new). */
    void attachFloatingIp(String serverId, Duration timeout) {
        JsonNode port = Waiter.waitingFor("server " + serverId + " to have a network port", timeout)
                .polling(Duration.ofMillis(200), Duration.ofSeconds(3))
                .until(() -> ports(serverId).stream().findFirst().orElse(null), p -> p != null, p -> "no port yet");
        String portId = port.path("id").asText();
        if (!floatingIps(Map.of("port_id", portId)).isEmpty()) {
            return;
        }
        ObjectNode ip = Json.object().put("floating_network_id", externalId()).put("port_id", portId)
                .put("description", description(serverId));
        ObjectNode body = Json.object();
        body.set("floatingip", ip);
        api.send(Service.NETWORK, ApiRequest.post("/floatingips", body));
    }

    /** Before the server's delete: releases the floating IPs on its ports (its ports go with it, and their IPs would stay). */
    void releaseAttachedFloatingIps(String serverId) {
        for (JsonNode port : ports(serverId)) {
            floatingIps(Map.of("port_id", port.path("id").asText())).forEach(this::delete);
        }
    }

    /** After the server's delete: releases the floating IPs made for it (by their description) that are left. */
    void releaseOwnFloatingIps(String serverId) {
        floatingIps(Map.of("description", description(serverId))).forEach(this::delete);
    }

    private void delete(JsonNode ip) {
        ApiCalls.ignoreNotFound(() -> api.send(Service.NETWORK, ApiRequest.delete("/floatingips/" + ip.path("id").asText())));
    }

    private List<JsonNode> ports(String serverId) {
        return api.list(Service.NETWORK, "/ports", Map.of("device_id", serverId), "ports").stream()
                .filter(p -> serverId.equals(p.path("device_id").asText())).toList();
    }

    private List<JsonNode> floatingIps(Map<String, String> query) {
        return api.list(Service.NETWORK, "/floatingips", query, "floatingips").stream()
                .filter(ip -> query.entrySet().stream().allMatch(q -> q.getValue().equals(ip.path(q.getKey()).asText())))
                .toList();
    }

    static String description(String serverId) {
        return "cloudmaker server " + serverId;
    }
}
