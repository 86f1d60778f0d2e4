package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON file: its text, its tree, where each value starts ({@code values}), where each
 * member's key starts ({@code keys}, same pointers) and the keys written twice (the first one is kept).
 */
record JsonDocument(Path file, String text, JsonNode root, SourceMap values,
                    Map<String, SourceLocation> keys, List<DuplicateKey> duplicates) {

    /** Where the key of the member at {@code pointer} starts, else where its value (or nearest ancestor) starts. */
    SourceLocation keyOrValue(String pointer) {
        SourceLocation key = keys.get(pointer);
        return key != null ? key : values.locate(pointer);
    }

    Diagnostic diagnostic(String pointer, String message, String fix) {
        return Diagnostic.of(file, keyOrValue(pointer), pointer, message, fix);
    }
}
