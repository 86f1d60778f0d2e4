package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cloudmaker.core.model.DefinitionFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the parts of a cloud.json tree the same way for both formats: which format it is, its servers, their defaults. */
final class DefinitionTree {
    static final Set<String> EXTENDED_KEYS = Set.of("$schema", "provider", "providers", "dns", "namespace", "backend", "defaults", "servers", "roles", "bootstrap", "local");
    static final String SCHEMA_KEY = "$schema";

    private final JsonNode root;
    private final DefinitionFormat format;

    DefinitionTree(JsonNode root) {
        this.root = root;
        this.format = formatOf(root);
    }

    /** EXTENDED when there is a {@code servers} object and every top-level key is an extended key; else SEED. */
    static DefinitionFormat formatOf(JsonNode root) {
        boolean extended = root.path("servers").isObject()
                && root.propertyStream().allMatch(e -> EXTENDED_KEYS.contains(e.getKey()));
        return extended ? DefinitionFormat.EXTENDED : DefinitionFormat.SEED;
    }

    DefinitionFormat format() {
        return format;
    }

    /** The servers in file order, each with its pointer; members that are not objects are included too. */
    List<ServerEntry> servers() {
        List<ServerEntry> out = new ArrayList<>();
        JsonNode holder = format == DefinitionFormat.EXTENDED ? root.get("servers") : root;
        String base = format == DefinitionFormat.EXTENDED ? "/servers/" : "/";
        for (Map.Entry<String, JsonNode> e : holder.properties()) {
            if (format == DefinitionFormat.SEED && e.getKey().equals(SCHEMA_KEY)) {
                continue;
            }
            out.add(new ServerEntry(e.getKey(), base + SourceMap.escape(e.getKey()), e.getValue()));
        }
        return out;
    }

    /** A server's member, else the default's, else missing: the server wins. */
    JsonNode merged(ServerEntry server, String field) {
        JsonNode own = server.node().path(field);
        if (!own.isMissingNode()) {
            return own;
        }
        return format == DefinitionFormat.EXTENDED ? root.path("defaults").path(field) : MissingNode.getInstance();
    }

    /** A top-level member of the extended format; missing in the seed format. */
    JsonNode top(String field) {
        return format == DefinitionFormat.EXTENDED ? root.path(field) : MissingNode.getInstance();
    }

    String textOr(String field, String fallback) {
        JsonNode v = format == DefinitionFormat.EXTENDED ? root.path(field) : MissingNode.getInstance();
        return v.isTextual() ? v.asText() : fallback;
    }
}
