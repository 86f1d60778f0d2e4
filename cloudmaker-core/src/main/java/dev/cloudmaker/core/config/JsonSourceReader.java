package dev.cloudmaker.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a user's JSON file into a {@link JsonDocument} in one streaming pass, recording where every
 * key and value starts. Every way a file can be unreadable ends in a {@link ConfigException} with
 * one plain-English diagnostic; no message ever quotes more than one character of the file.
 */
final class JsonSourceReader {
    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final String text;
    private final Map<String, SourceLocation> values = new HashMap<>();
    private final Map<String, SourceLocation> keys = new HashMap<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private JsonParser parser;

    private JsonSourceReader(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Reads and parses {@code file}; the caller has checked it exists. */
    static JsonDocument read(Path file) {
        return parse(file, decode(file, readBytes(file)));
    }

    /** Parses text already read; the top level must be an object. */
    static JsonDocument parse(Path file, String text) {
        if (text.isBlank()) {
            throw new ConfigException(Diagnostic.ofFile(file, "the file is empty",
                    "write a JSON object in it, starting with { and ending with }"));
        }
        return new JsonSourceReader(file, text).parseDocument();
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ConfigException(Diagnostic.ofFile(file, "the file is " + size
                        + " bytes, more than the 1 MiB cloudmaker reads", "make the file smaller"));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(Diagnostic.ofFile(file, "the file cannot be read ("
                    + e.getClass().getSimpleName() + ")", "check that it is a readable file"));
        }
    }

    private static String decode(Path file, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ConfigException(new Diagnostic(file, line, 0, "",
                    "the file is not UTF-8 text (invalid byte at offset " + bad + ")",
                    "save it as UTF-8 text; cloudmaker's files are plain JSON"));
        }
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private JsonDocument parseDocument() {
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ConfigException(Diagnostic.of(file, here(), "",
                        "the top level must be an object {...}, found " + describe(first),
                        "wrap the content in { and }, like {\"server1\": {...}}"));
            }
            JsonNode root = value(first, "", 1);
            if (p.nextToken() != null) {
                throw new ConfigException(Diagnostic.of(file, here(), "",
                        "there is more text after the end of the top-level object",
                        "remove everything after the last }"));
            }
            return new JsonDocument(file, text, root, new SourceMap(values), Map.copyOf(keys), List.copyOf(duplicates));
        } catch (JsonProcessingException e) {
            throw new ConfigException(JsonSyntaxErrors.diagnose(file, text, e, parser));
        } catch (IOException e) {
            throw new ConfigException(Diagnostic.ofFile(file, "the file cannot be read ("
                    + e.getClass().getSimpleName() + ")", "check that it is a readable file"));
        }
    }

    /** A number Jackson cannot hold (an exponent of thousands of digits) is a located error, not a crash. */
    private JsonNode number(JsonToken token, String pointer) throws IOException {
        try {
            return token == JsonToken.VALUE_NUMBER_INT ? NODES.numberNode(parser.getBigIntegerValue())
                    : NODES.numberNode(parser.getDecimalValue());
        } catch (NumberFormatException e) {
            throw new ConfigException(Diagnostic.of(file, here(), pointer, "the number here is too large to read",
                    "write a number of reasonable size (no setting of cloud.json takes more than a few digits)"));
        }
    }

    private JsonNode value(JsonToken token, String pointer, int depth) throws IOException {
        values.putIfAbsent(pointer, here());
        return switch (token) {
            case START_OBJECT -> object(pointer, depth);
            case START_ARRAY -> array(pointer, depth);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(token, pointer);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private ObjectNode object(String pointer, int depth) throws IOException {
        checkDepth(pointer, depth);
        ObjectNode node = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = pointer + "/" + SourceMap.escape(name);
            SourceLocation keyAt = here();
            JsonNode v = value(parser.nextToken(), child, depth + 1);
            if (node.has(name)) {
                duplicates.add(new DuplicateKey(child, name, keyAt, keys.get(child)));
            } else {
                keys.put(child, keyAt);
                node.set(name, v);
            }
        }
        return node;
    }

    private ArrayNode array(String pointer, int depth) throws IOException {
        checkDepth(pointer, depth);
        ArrayNode node = NODES.arrayNode();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            node.add(value(t, pointer + "/" + node.size(), depth + 1));
        }
        return node;
    }

    private void checkDepth(String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ConfigException(Diagnostic.of(file, here(), pointer,
                    "objects and arrays are nested more than " + MAX_DEPTH + " levels deep",
                    "flatten the structure; cloud.json needs only a few levels"));
        }
    }

    private SourceLocation here() {
        JsonLocation at = parser.currentTokenLocation();
        return new SourceLocation(at.getLineNr(), at.getColumnNr());
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array [...]";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}
