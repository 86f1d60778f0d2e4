package dev.cloudmaker.emulator.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers; the wire adds its headers (request id, rate limits).
 *
 * @param headers headers of this answer alone (a {@code Location}, a page's counts), sent after the wire's
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public ApiResponse(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

    /** This answer with one more header of its own. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, more);
    }

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
