package dev.cloudmaker.emulator.kit.http;

import java.util.List;
import java.util.Map;

/**
 * A request as it came over the wire, before anything acted on it.
 *
 * @param method   upper case
 * @param path     the raw (still encoded) path
 * @param rawQuery the raw query string, or null
 * @param headers  by lower-case name
 */
public record WireRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, by any capitalisation of its name; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The query's parameters, decoded; the last of a repeated name wins. */
    public Map<String, String> query() {
        return QueryString.parse(rawQuery);
    }
}
