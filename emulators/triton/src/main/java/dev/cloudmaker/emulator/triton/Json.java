package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** JSON helpers: CloudAPI's timestamps are ISO-8601 with milliseconds, as JavaScript's {@code toISOString} writes them. */
final class Json {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return EmulatorJson.MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return EmulatorJson.MAPPER.createArrayNode();
    }

    static ArrayNode array(List<ObjectNode> items) {
        ArrayNode a = array();
        a.addAll(items);
        return a;
    }

    static String time(Instant instant) {
        return ISO.format(instant);
    }

    /** A parameter's text: a JSON string as is, other scalars as written, null when absent or null. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.isTextual() ? node.textValue() : node.toString();
    }

    /** A boolean parameter, sent as JSON or as the text {@code true}. */
    static boolean bool(JsonNode node) {
        return node != null && (node.isBoolean() ? node.booleanValue() : "true".equals(text(node)));
    }
}
