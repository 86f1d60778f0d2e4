package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import dev.cloudmaker.emulator.kit.http.Call;
import dev.cloudmaker.emulator.kit.http.QueryString;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An authenticated request handed to an {@link OsEndpoint}: its path parameters, JSON body, query and (for Nova)
 * the microversion it asked for.
 *
 * @param params the path segments matched by the route's {@code {}}, still encoded
 */
record OsRequest(Call call, List<String> params, JsonNode body, Microversion microversion) {

    static OsRequest of(Call call, List<String> params, Microversion microversion) {
        byte[] raw = call.request().body();
        JsonNode body = MissingNode.getInstance();
        if (raw.length > 0) {
            try {
                body = EmulatorJson.MAPPER.readTree(raw);
            } catch (IOException e) {
                throw OsError.badRequest("Malformed request body");
            }
        }
        return new OsRequest(call, params, body, microversion);
    }

    /** A path parameter, URL-decoded. */
    String param(int i) {
        return URLDecoder.decode(params.get(i), StandardCharsets.UTF_8);
    }

    /** The query's parameters, decoded; the last of a repeated name wins. */
    Map<String, String> query() {
        return call.request().query();
    }

    /** Every value of a query parameter, in order (Neutron ORs repeated filters). */
    List<String> queryAll(String name) {
        List<String> values = new ArrayList<>();
        String raw = call.request().rawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            QueryString.parse(pair).forEach((k, v) -> {
                if (k.equals(name)) {
                    values.add(v);
                }
            });
        }
        return values;
    }

    /** The body's object under {@code key}; 400 in the service's words when it is missing. */
    JsonNode required(String key) {
        JsonNode node = body.get(key);
        if (node == null || !node.isObject()) {
            throw OsError.badRequest("The request body must hold a '" + key + "' object");
        }
        return node;
    }

    String baseUrl() {
        return call.baseUrl();
    }

    boolean atLeast(String version) {
        return microversion.atLeast(Microversion.parse(version));
    }
}
