package dev.cloudmaker.cli.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What `list` and `show` say about one server: its role from cloud.json and the monthly price of its
 * size from the live catalogue, both null when unknown.
 */
public record ServerFacts(CloudServer server, String role, Double monthlyCost) {

    public String state() {
        return server.status().label() + (server.locked() ? " (busy)" : "");
    }

    /** Coarse, like {@code 3d}, {@code 5h}, {@code 12m}, {@code 40s}; "-" when the provider gives no creation time. */
    public String age(Instant now) {
        if (server.createdAt() == null) {
            return "-";
        }
        Duration d = Duration.between(server.createdAt(), now);
        if (d.isNegative()) {
            return "0s";
        }
        if (d.toDays() > 0) {
            return d.toDays() + "d";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + "m" : d.toSeconds() + "s";
    }

    public String cost() {
        return monthlyCost == null ? null : String.format(Locale.ROOT, "%.2f", monthlyCost);
    }

    public ObjectNode toJson(Instant now) {
        ObjectNode o = Json.object().put("name", server.name()).put("id", server.id())
                .put("state", server.status().label()).put("locked", server.locked())
                .put("ipv4", server.networking().publicIpv4()).put("ipv6", server.networking().publicIpv6())
                .put("private_ipv4", server.networking().privateIpv4()).put("role", role)
                .put("provider", server.provider()).put("region", server.region()).put("size", server.size()).put("image", server.image());
        server.tags().forEach(o.putArray("tags")::add);
        o.put("created_at", server.createdAt() == null ? null : server.createdAt().toString());
        o.put("age_seconds", server.createdAt() == null ? null : Duration.between(server.createdAt(), now).toSeconds());
        return o.put("monthly_cost", monthlyCost);
    }
}
