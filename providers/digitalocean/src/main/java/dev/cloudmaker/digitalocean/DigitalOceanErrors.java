package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.ErrorDecoder;
import java.util.Locale;

/**
 * DigitalOcean's error body is {@code {id, message, request_id}}, but a proxy in front of the API
 * may answer with an HTML page, and {@code POST /v2/tags} uses another shape: read it defensively.
 * The status says what a failure means ({@link Kind#ofStatus}), except that DigitalOcean answers a
 * conflict with the resource's state (a key or domain already there, a droplet busy with an
 * action) as 422 "... already ...", which is a {@link Kind#CONFLICT}.
 */
final class DigitalOceanErrors implements ErrorDecoder {

    @Override
    public ApiException decode(ApiRequest request, ApiResponse response) {
        JsonNode body = response.json();
        String id = text(body, "id");
        String message = text(body, "message");
        if (message == null) {
            message = body.path("messages").isArray() && !body.path("messages").isEmpty()
                    ? body.path("messages").get(0).asText()
                    : "no readable error body" + contentTypeHint(response);
        }
        String requestId = text(body, "request_id");
        if (requestId == null) {
            requestId = response.header("x-request-id").orElse(null);
        }
        int status = response.status();
        boolean outcomeUnknown = status >= 500 && !request.idempotent();
        String text = "DigitalOcean API " + request.describe() + " answered " + status
                + (id != null ? " " + id : "") + ": " + message
                + (requestId != null ? " (request id " + requestId + ")" : "");
        return new ApiException(text, kind(status, message), status, id, requestId, outcomeUnknown, null);
    }

    private static Kind kind(int status, String message) {
        return status == 422 && message.toLowerCase(Locale.ROOT).contains("already") ? Kind.CONFLICT : Kind.ofStatus(status);
    }

    static boolean isPendingEvent(ApiException e) {
        return e.kind() == Kind.CONFLICT && e.getMessage().toLowerCase().contains("pending event");
    }

    static boolean isKeyInUse(ApiException e) {
        return e.kind() == Kind.CONFLICT && e.getMessage().toLowerCase().contains("already in use");
    }

    private static String contentTypeHint(ApiResponse response) {
        return response.header("content-type").map(ct -> " (got " + ct + ")").orElse("");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
