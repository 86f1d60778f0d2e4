package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A parsed, authenticated request handed to an {@link Endpoint}: its JSON body read, its path parameters matched.
 *
 * @param params       the path segments matched by {@code {}} in the route, in order
 * @param staleFor     set by a stale-after-create fault: how long created droplets stay invisible
 * @param pendingEvent set by a pending-event fault: droplet actions answer 422
 */
record ApiRequest(String method, String path, List<String> params, Map<String, String> query, JsonNode body,
                  String baseUrl, Duration staleFor, boolean pendingEvent) {

    String param(int i) {
        return params.get(i);
    }

    long idParam(int i) {
        try {
            return Long.parseLong(params.get(i));
        } catch (NumberFormatException e) {
            throw ApiError.notFound();
        }
    }

    String query(String name) {
        String v = query.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
