package dev.cloudmaker.emulator.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.nio.charset.StandardCharsets;

/** What a handler answers; the wire adds its headers (request id, rate limits). */
public record ApiResponse(int status, String contentType, byte[] body) {

    public static ApiResponse json(int status, JsonNode node) {
        try {
            return new ApiResponse(status, "application/json; charset=utf-8", EmulatorJson.MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, new byte[0]);
    }

    public static ApiResponse html(int status, String html) {
        return new ApiResponse(status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }
}
