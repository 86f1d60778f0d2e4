package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/** JSON helpers; OpenStack services write times as ISO-8601 in UTC, Nova and Neutron without fractions. */
final class Json {
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return EmulatorJson.MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return EmulatorJson.MAPPER.createArrayNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** {@code 2026-12-04T15:00:00Z}: Nova, Neutron, Glance and Keystone's token times. */
    static String time(Instant instant) {
        return SECONDS.format(instant);
    }

    /** {@code 2026-12-04T15:00:00.000000}: Designate's times (no zone, microseconds). */
    static String micros(Instant instant) {
        return MICROS.format(instant);
    }

    /** A field's text; null when absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
