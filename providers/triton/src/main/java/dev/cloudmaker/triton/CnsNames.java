package dev.cloudmaker.triton;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.spi.CloudServer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names Triton CNS gives machines ({@code <uuid|name>.inst...} and {@code <service>.svc...} for the
 * {@code triton.cns.services} tag), read back from GetMachine's {@code dns_names}: ListMachines leaves them out, so
 * each machine is read once, and only when the account has CNS enabled (asked once), so accounts without CNS cost
 * one call whatever the number of machines.
 */
final class CnsNames {
    private final CloudApi api;
    private volatile Boolean enabled;

    CnsNames(CloudApi api) {
        this.api = api;
    }

    Map<String, List<String>> of(Collection<CloudServer> servers) {
        if (servers.isEmpty() || !enabled()) {
            return Map.of();
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (CloudServer server : servers) {
            ApiCalls.orEmpty(() -> api.get("/machines/" + server.id(), JsonNode.class)).ifPresent(machine -> {
                List<String> found = new ArrayList<>();
                machine.path("dns_names").forEach(n -> found.add(n.asText()));
                if (!found.isEmpty()) {
                    names.put(server.id(), List.copyOf(found));
                }
            });
        }
        return names;
    }

    private boolean enabled() {
        if (enabled == null) {
            enabled = api.get("", JsonNode.class).path("triton_cns_enabled").asBoolean(false);
        }
        return enabled;
    }
}
