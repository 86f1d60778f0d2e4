package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.Map;
import java.util.Set;

/**
 * A machine's tags and metadata. Values keep their JSON types (node-triton's {@code tag set -w} compares them
 * strictly); writes answer the whole resulting set. {@code root_authorized_keys} and {@code credentials} cannot be
 * deleted, and deleting all metadata keeps {@code root_authorized_keys}.
 */
final class TagMetadataHandler {
    /** Request parameters that are never tags (restify merges path and query into the parameters). */
    private static final Set<String> NOT_TAGS = Set.of("account", "machine", "uuid", "owner_uuid", "context", "image");
    private static final Set<String> UNDELETABLE = Set.of("credentials", "administrator_pw", "root_authorized_keys");

    private final TritonState state;
    private final MachineLookup lookup;

    TagMetadataHandler(TritonState state, MachineLookup lookup) {
        this.state = state;
        this.lookup = lookup;
    }

    void register(PathRouter<TritonEndpoint> router) {
        router.add("GET", "/{}/machines/{}/tags", "tags", r -> ApiResponse.json(200, object(machine(r).tags)))
                .add("POST", "/{}/machines/{}/tags", "tags", r -> writeTags(r, false))
                .add("PUT", "/{}/machines/{}/tags", "tags", r -> writeTags(r, true))
                .add("DELETE", "/{}/machines/{}/tags", "tags", r -> {
                    Machine m = machine(r);
                    m.tags.clear();
                    m.record("remove_tags", state.now(), r.caller());
                    return ApiResponse.noContent();
                })
                .add("GET", "/{}/machines/{}/tags/{}", "tags", r -> ApiResponse.json(200, entry(machine(r).tags, r, "tag")))
                .add("DELETE", "/{}/machines/{}/tags/{}", "tags", r -> {
                    Machine m = machine(r);
                    entry(m.tags, r, "tag");
                    m.tags.remove(r.param(2));
                    m.record("remove_tags", state.now(), r.caller());
                    return ApiResponse.noContent();
                })
                .add("GET", "/{}/machines/{}/metadata", "metadata", r -> ApiResponse.json(200, object(machine(r).metadata)))
                .add("POST", "/{}/machines/{}/metadata", "metadata", this::writeMetadata)
                .add("DELETE", "/{}/machines/{}/metadata", "metadata", r -> {
                    Machine m = machine(r);
                    m.metadata.keySet().removeIf(k -> !k.equals("root_authorized_keys"));
                    m.record("remove_metadata", state.now(), r.caller());
                    return ApiResponse.noContent();
                })
                .add("GET", "/{}/machines/{}/metadata/{}", "metadata", r -> ApiResponse.json(200,
                        entry(machine(r).metadata, r, "metadata key")))
                .add("DELETE", "/{}/machines/{}/metadata/{}", "metadata", r -> {
                    Machine m = machine(r);
                    if (UNDELETABLE.contains(r.param(2))) {
                        throw TritonError.invalidArgument(r.param(2) + " can not be deleted");
                    }
                    entry(m.metadata, r, "metadata key");
                    m.metadata.remove(r.param(2));
                    m.record("remove_metadata", state.now(), r.caller());
                    return ApiResponse.noContent();
                });
    }

    private ApiResponse writeTags(TritonRequest r, boolean replace) {
        Machine m = machine(r);
        if (replace) {
            m.tags.clear();
        }
        r.input().properties().stream().filter(e -> !NOT_TAGS.contains(e.getKey()))
                .forEach(e -> m.tags.put(e.getKey(), e.getValue()));
        m.record(replace ? "replace_tags" : "set_tags", state.now(), r.caller());
        return ApiResponse.json(200, object(m.tags));
    }

    private ApiResponse writeMetadata(TritonRequest r) {
        Machine m = machine(r);
        r.input().properties().stream().filter(e -> !NOT_TAGS.contains(e.getKey()) && !e.getKey().equals("credentials"))
                .forEach(e -> m.metadata.put(e.getKey(), e.getValue()));
        m.record("set_metadata", state.now(), r.caller());
        return ApiResponse.json(200, object(m.metadata));
    }

    private Machine machine(TritonRequest r) {
        return lookup.live(r.param(1));
    }

    private static JsonNode entry(Map<String, JsonNode> values, TritonRequest r, String what) {
        JsonNode v = values.get(r.param(2));
        if (v == null) {
            throw TritonError.notFound(what + " " + r.param(2) + " not found");
        }
        return v;
    }

    private static ObjectNode object(Map<String, JsonNode> values) {
        ObjectNode o = Json.object();
        values.forEach(o::set);
        return o;
    }
}
