package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.ErrorDecoder;

/**
 * DigitalOcean's error body is {@code {id, message, request_id}}, but a proxy in front of the API
 * may answer with an HTML page, and {@code POST /v2/tags} uses another shape: read it defensively.
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
        boolean serverSide = status >= 500;
        boolean outcomeUnknown = serverSide && !request.idempotent();
        String text = "DigitalOcean API " + request.describe() + " answered " + status
                + (id != null ? " " + id : "") + ": " + message
                + (requestId != null ? " (request id " + requestId + ")" : "");
        return new ApiException(text, status, id, requestId, serverSide || status == 429, outcomeUnknown, null);
    }

    static boolean isPendingEvent(ApiException e) {
        return e.status() == 422 && e.getMessage().toLowerCase().contains("pending event");
    }

    static boolean isKeyInUse(ApiException e) {
        return e.status() == 422 && e.getMessage().toLowerCase().contains("already in use");
    }

    private static String contentTypeHint(ApiResponse response) {
        return response.header("content-type").map(ct -> " (got " + ct + ")").orElse("");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
