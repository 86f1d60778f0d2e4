package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** Small helpers for building and reading DigitalOcean's JSON bodies, on the kit's mapper. */
final class Json {
    static final ObjectMapper MAPPER = EmulatorJson.MAPPER;

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** The API's timestamps: UTC, whole seconds. */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String text(JsonNode body, String field) {
        JsonNode n = body == null ? null : body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static boolean bool(JsonNode body, String field) {
        JsonNode n = body == null ? null : body.get(field);
        return n != null && n.asBoolean(false);
    }

    static Integer integer(JsonNode body, String field) {
        JsonNode n = body == null ? null : body.get(field);
        return n == null || n.isNull() ? null : n.asInt();
    }
}
