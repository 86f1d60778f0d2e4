package dev.cloudmaker.emulator.kit.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes {@code a=1&b=x%20y}, as query strings and form bodies ({@code application/x-www-form-urlencoded}) carry it. */
public final class QueryString {
    private QueryString() {
    }

    /** The parameters in order; the last of a repeated name wins; empty for null or "". */
    public static Map<String, String> parse(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return q;
    }
}
