package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.ErrorDecoder;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads each service's error body into an {@link ApiException}: Nova's {@code {"itemNotFound": {code, message}}},
 * Neutron's {@code {"NeutronError": {type, message}}}, Designate's {@code {code, type, message}}, Keystone's
 * {@code {"error": {code, title, message}}}; the request id from {@code x-openstack-request-id}. Nova's quota refusal
 * is a 403 that no other credentials would change, so it reads as an invalid request; Keystone's 401 to a token
 * request says which user and project were tried and where they came from, never the password.
 */
final class OpenStackErrors implements ErrorDecoder {
    private final String service;
    private final AuthConfig config;

    /** @param config the credentials' description for a refused token request; null for the services behind it */
    OpenStackErrors(String service, AuthConfig config) {
        this.service = service;
        this.config = config;
    }

    record Body(String code, String message) {
    }

    @Override
    public ApiException decode(ApiRequest request, ApiResponse response) {
        Body body = body(response.json());
        int status = response.status();
        String requestId = response.header("x-openstack-request-id").or(() -> response.header("x-compute-request-id"))
                .orElse(null);
        Kind kind = kind(status, body);
        String text = service + " " + request.describe() + " answered " + status + (body.code() != null ? " " + body.code() : "")
                + ": " + (body.message() != null ? body.message() : "no readable error body")
                + (requestId != null ? " (request id " + requestId + ")" : "")
                + (config != null && status == 401 ? credentialsHint() : "");
        return new ApiException(text, kind, status, body.code(), requestId, status >= 500 && !request.idempotent(), null);
    }

    static Kind kind(int status, Body body) {
        String message = body.message() == null ? "" : body.message();
        if (status == 403 && message.toLowerCase(java.util.Locale.ROOT).contains("quota")) {
            return Kind.INVALID;
        }
        if (status == 413 && !message.toLowerCase(java.util.Locale.ROOT).contains("quota")) {
            return Kind.THROTTLED;
        }
        return Kind.ofStatus(status);
    }

    /** The first envelope that carries a message: Designate's flat body, else the single wrapping object. */
    static Body body(JsonNode json) {
        if (json == null || !json.isObject()) {
            return new Body(null, null);
        }
        if (json.hasNonNull("message") && json.get("message").isTextual()) {
            return new Body(json.hasNonNull("type") ? json.get("type").asText() : null, json.get("message").asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = json.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode inner = f.getValue();
            if (inner.isObject() && inner.hasNonNull("message")) {
                String code = inner.hasNonNull("type") ? inner.get("type").asText()
                        : inner.hasNonNull("title") ? inner.get("title").asText() : f.getKey();
                return new Body(code, inner.get("message").asText());
            }
        }
        return new Body(null, null);
    }

    private String credentialsHint() {
        return "; Keystone at " + config.authUrl() + " refused " + config.who() + " (read from " + config.source()
                + "): check the " + (config.applicationCredential() ? "application credential's id and secret"
                : "user name, password (or API key), domain and project") + "; `openstack token issue` with the same "
                + "settings shows whether they work";
    }
}
