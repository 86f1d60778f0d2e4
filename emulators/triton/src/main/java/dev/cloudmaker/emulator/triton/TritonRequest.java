package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import dev.cloudmaker.emulator.kit.http.Call;
import dev.cloudmaker.emulator.kit.http.QueryString;
import dev.cloudmaker.emulator.kit.http.WireRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * An authenticated request handed to a {@link TritonEndpoint}. Like restify's {@code mapParams}, {@link #input} holds
 * the query's, the form's and the JSON body's parameters in one object, the body's winning; JSON values keep their
 * types, query and form values are text.
 *
 * @param params the path segments matched by the route's {@code {}}, still encoded; the first is the login
 */
record TritonRequest(Call call, List<String> params, ObjectNode input) {

    static TritonRequest of(Call call, List<String> params) {
        WireRequest wire = call.request();
        ObjectNode input = Json.object();
        wire.query().forEach((k, v) -> input.set(k, TextNode.valueOf(v)));
        String type = wire.header("content-type");
        String lowerType = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (wire.body().length > 0 && lowerType.startsWith("application/x-www-form-urlencoded")) {
            QueryString.parse(new String(wire.body(), StandardCharsets.UTF_8))
                    .forEach((k, v) -> input.set(k, TextNode.valueOf(v)));
        } else if (wire.body().length > 0) {
            JsonNode body;
            try {
                body = EmulatorJson.MAPPER.readTree(wire.body());
            } catch (IOException e) {
                throw new TritonError(400, "InvalidContent", "Invalid JSON in the request body");
            }
            if (body instanceof ObjectNode object) {
                input.setAll(object);
            }
        }
        return new TritonRequest(call, params, input);
    }

    String method() {
        return call.request().method();
    }

    /** A path parameter, URL-decoded (node-triton encodes key fingerprints: {@code aa%3Abb...}). */
    String param(int i) {
        return URLDecoder.decode(params.get(i), StandardCharsets.UTF_8);
    }

    JsonNode value(String name) {
        return input.get(name);
    }

    /** A parameter as text; null when absent or empty. */
    String text(String name) {
        String t = Json.text(input.get(name));
        return t == null || t.isEmpty() ? null : t;
    }

    /** The keyId that signed the request, as the audit shows the caller. */
    String caller() {
        String authorization = call.request().header("authorization");
        try {
            return authorization == null ? null : SignatureHeader.parse(authorization, "date").keyId();
        } catch (TritonError e) {
            return null;
        }
    }
}
