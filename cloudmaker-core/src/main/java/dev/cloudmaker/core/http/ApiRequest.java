package dev.cloudmaker.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One call to a JSON API: method, path below the base URL (or an absolute URL, as page links are), query, body. */
public record ApiRequest(String method, String path, Map<String, String> query, JsonNode body) {

    public ApiRequest {
        query = Map.copyOf(new LinkedHashMap<>(query));
    }

    public static ApiRequest get(String path, Map<String, String> query) {
        return new ApiRequest("GET", path, query, null);
    }

    public static ApiRequest get(String path) {
        return get(path, Map.of());
    }

    public static ApiRequest post(String path, JsonNode body) {
        return new ApiRequest("POST", path, Map.of(), body);
    }

    public static ApiRequest put(String path, JsonNode body) {
        return new ApiRequest("PUT", path, Map.of(), body);
    }

    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, Map.of(), null);
    }

    /** GET, PUT and DELETE can be sent again safely; POST cannot (it may create a second resource). */
    public boolean idempotent() {
        return !method.equals("POST") && !method.equals("PATCH");
    }

    public boolean mutating() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    /** {@code GET /v2/droplets?tag_name=x}: for messages and logs (never carries credentials). */
    public String describe() {
        return method + " " + pathWithQuery();
    }

    public String pathWithQuery() {
        if (query.isEmpty()) {
            return path;
        }
        String q = query.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return path + (path.contains("?") ? "&" : "?") + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
