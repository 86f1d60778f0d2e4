package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** What a handler answers; the front adds request id and rate-limit headers. */
record ApiResponse(int status, String contentType, byte[] body) {

    static ApiResponse json(int status, JsonNode node) {
        try {
            return new ApiResponse(status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, new byte[0]);
    }

    static ApiResponse html(int status, String html) {
        return new ApiResponse(status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }
}
