package dev.cloudmaker.triton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * cloudmaker's marks as Triton key/value tags: the namespace is {@code cloudmaker.namespace=<ns>} (ListMachines
 * filters on it with {@code tag.cloudmaker.namespace}), a resize in progress {@code cloudmaker.powered_off_for_resize=true},
 * and the image as the definition asked for it ({@code debian-12}, not the UUID it resolved to)
 * {@code cloudmaker.image}. A user's tag {@code t} is the tag {@code t=true}; tags set elsewhere show as {@code k=v}.
 */
final class TritonTags {
    static final String PREFIX = "cloudmaker.";
    static final String NAMESPACE = PREFIX + "namespace";
    static final String POWERED_OFF = PREFIX + "powered_off_for_resize";
    static final String IMAGE = PREFIX + "image";

    private TritonTags() {
    }

    /** The tag's key and value. */
    static Map.Entry<String, JsonNode> of(Mark mark) {
        return switch (mark) {
            case Mark.Namespace ns -> Map.entry(NAMESPACE, TextNode.valueOf(ns.name()));
            case Mark.PoweredOffForResize off -> Map.entry(POWERED_OFF, BooleanNode.TRUE);
            case Mark.Tag t -> Map.entry(t.value(), BooleanNode.TRUE);
        };
    }

    /** A user's tag, not one spelling a mark here or on a string-tag cloud. */
    static boolean isUserTag(String tag) {
        return !tag.startsWith(PREFIX) && CloudmakerTags.isUserTag(tag);
    }

    static String namespace(Map<String, JsonNode> tags) {
        JsonNode ns = tags.get(NAMESPACE);
        return ns != null && ns.isTextual() && !ns.asText().isBlank() ? ns.asText() : null;
    }

    static boolean poweredOffForResize(Map<String, JsonNode> tags) {
        JsonNode off = tags.get(POWERED_OFF);
        return off != null && (off.asBoolean(false) || "true".equals(off.asText()));
    }

    static String image(Map<String, JsonNode> tags) {
        JsonNode image = tags.get(IMAGE);
        return image != null && image.isTextual() ? image.asText() : null;
    }

    /** The user's tags as cloudmaker shows them: {@code t} for {@code t=true}, else {@code k=v}. */
    static List<String> shown(Map<String, JsonNode> tags) {
        List<String> out = new ArrayList<>();
        tags.forEach((k, v) -> {
            if (!k.startsWith(PREFIX)) {
                out.add(v.isBoolean() && v.asBoolean() ? k : k + "=" + v.asText());
            }
        });
        return out;
    }
}
