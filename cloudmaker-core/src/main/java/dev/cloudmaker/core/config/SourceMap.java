package dev.cloudmaker.core.config;

import java.util.Map;

/** Where each JSON value of a parsed file starts, by JSON pointer ({@code /server1/size}). */
public final class SourceMap {
    private final Map<String, SourceLocation> locations;

    public SourceMap(Map<String, SourceLocation> locations) {
        this.locations = Map.copyOf(locations);
    }

    public static SourceMap empty() {
        return new SourceMap(Map.of());
    }

    /** The location of the value at {@code pointer}, else of its nearest ancestor, else {@link SourceLocation#NONE}. */
    public SourceLocation locate(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            SourceLocation at = locations.get(p);
            if (at != null) {
                return at;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return SourceLocation.NONE;
            }
            p = p.substring(0, slash);
        }
    }

    /** Whether the file has a value at exactly {@code pointer}. */
    public boolean has(String pointer) {
        return locations.containsKey(pointer);
    }

    /** RFC 6901 escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
