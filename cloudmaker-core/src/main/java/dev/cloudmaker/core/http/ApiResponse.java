package dev.cloudmaker.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** An HTTP answer. {@link #json()} is lenient: a body that is not JSON (a proxy's HTML page) reads as missing. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json() {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    public Optional<String> header(String name) {
        return headers == null ? Optional.empty() : headers.firstValue(name);
    }
}
