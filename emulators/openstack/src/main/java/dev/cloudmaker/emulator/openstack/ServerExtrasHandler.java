package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What hangs off a server: its metadata ({@code POST} merges, {@code PUT} replaces), its tags (from 2.26: at most 50,
 * each at most 60 characters without {@code /} or {@code ,}), its security groups in Nova's shape, and its addresses.
 */
final class ServerExtrasHandler {
    private final OpenStackState state;
    private final ServerHandler servers;
    private final ServerView view;

    ServerExtrasHandler(OpenStackState state, ServerHandler servers, ServerView view) {
        this.state = state;
        this.servers = servers;
        this.view = view;
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/compute/v2.1/servers/{}";
        router.add("GET", p + "/metadata", "server-metadata", r -> metadataDoc(servers.find(r)))
                .add("POST", p + "/metadata", "server-metadata", r -> setMetadata(r, false))
                .add("PUT", p + "/metadata", "server-metadata", r -> setMetadata(r, true))
                .add("GET", p + "/metadata/{}", "server-metadata", this::metaItem)
                .add("PUT", p + "/metadata/{}", "server-metadata", this::putMetaItem)
                .add("DELETE", p + "/metadata/{}", "server-metadata", this::deleteMetaItem)
                .add("GET", p + "/tags", "server-tags", r -> tagsDoc(tagged(r)))
                .add("PUT", p + "/tags", "server-tags", this::replaceTags)
                .add("DELETE", p + "/tags", "server-tags", r -> {
                    tagged(r).tags.clear();
                    return ApiResponse.noContent();
                })
                .add("GET", p + "/tags/{}", "server-tags", this::hasTag)
                .add("PUT", p + "/tags/{}", "server-tags", this::addTag)
                .add("DELETE", p + "/tags/{}", "server-tags", this::deleteTag)
                .add("GET", p + "/os-security-groups", "server-security-groups", this::groups)
                .add("GET", p + "/ips", "servers", r -> {
                    ObjectNode addresses = Json.object();
                    view.addresses(servers.find(r)).forEach((net, list) -> addresses.putArray(net).addAll(list));
                    return ApiResponse.json(200, Json.object().set("addresses", addresses));
                });
    }

    /** Metadata from a request: text keys of 1 to 255 characters and values of at most 255. */
    static Map<String, String> metadata(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw OsError.badRequest("Invalid input for field/attribute metadata. Value: " + node);
        }
        node.fields().forEachRemaining(e -> {
            if (e.getKey().isEmpty() || e.getKey().length() > 255 || !e.getValue().isTextual()
                    || e.getValue().asText().length() > 255) {
                throw OsError.badRequest("Invalid input for field/attribute metadata. Value: " + e.getKey());
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    static String tag(String tag) {
        if (tag.isEmpty() || tag.length() > 60 || tag.contains("/") || tag.contains(",")) {
            throw OsError.badRequest("Invalid input for field/attribute tags. Value: " + tag
                    + ". Tags must be 1 to 60 characters without '/' or ','");
        }
        return tag;
    }

    static void checkTagCount(List<String> tags) {
        if (tags.size() > 50) {
            throw OsError.badRequest("The number of tags exceeded the per-server limit 50");
        }
    }

    private ApiResponse metadataDoc(Server s) {
        ObjectNode meta = Json.object();
        s.metadata.forEach(meta::put);
        return ApiResponse.json(200, Json.object().set("metadata", meta));
    }

    private ApiResponse setMetadata(OsRequest r, boolean replace) {
        Server s = servers.find(r);
        Map<String, String> given = metadata(r.body().get("metadata"));
        if (replace) {
            s.metadata.clear();
        }
        s.metadata.putAll(given);
        s.updated = state.now();
        return metadataDoc(s);
    }

    private ApiResponse metaItem(OsRequest r) {
        Server s = servers.find(r);
        String key = r.param(1);
        String value = s.metadata.get(key);
        if (value == null) {
            throw OsError.notFound("itemNotFound", "Metadata item was not found");
        }
        return ApiResponse.json(200, Json.object().set("meta", Json.object().put(key, value)));
    }

    private ApiResponse putMetaItem(OsRequest r) {
        Server s = servers.find(r);
        Map<String, String> item = metadata(r.body().get("meta"));
        if (item.size() != 1 || !item.containsKey(r.param(1))) {
            throw OsError.badRequest("Request body and URI mismatch");
        }
        s.metadata.putAll(item);
        ObjectNode meta = Json.object();
        item.forEach(meta::put);
        return ApiResponse.json(200, Json.object().set("meta", meta));
    }

    private ApiResponse deleteMetaItem(OsRequest r) {
        Server s = servers.find(r);
        if (s.metadata.remove(r.param(1)) == null) {
            throw OsError.notFound("itemNotFound", "Metadata item was not found");
        }
        return ApiResponse.noContent();
    }

    /** The server, when the request's microversion has the tags API (2.26); Nova 404s older ones. */
    private Server tagged(OsRequest r) {
        if (!r.atLeast("2.26")) {
            throw OsError.notFound("itemNotFound", "The resource could not be found.");
        }
        return servers.find(r);
    }

    private static ApiResponse tagsDoc(Server s) {
        return ApiResponse.json(200, Json.object().set("tags", Json.strings(s.tags)));
    }

    private ApiResponse replaceTags(OsRequest r) {
        Server s = tagged(r);
        List<String> tags = new ArrayList<>();
        r.body().path("tags").forEach(t -> {
            if (!tags.contains(tag(t.asText()))) {
                tags.add(t.asText());
            }
        });
        checkTagCount(tags);
        s.tags.clear();
        s.tags.addAll(tags);
        return tagsDoc(s);
    }

    private ApiResponse hasTag(OsRequest r) {
        if (!tagged(r).tags.contains(r.param(1))) {
            throw OsError.notFound("itemNotFound", "Tag " + r.param(1) + " could not be found.");
        }
        return ApiResponse.noContent();
    }

    private ApiResponse addTag(OsRequest r) {
        Server s = tagged(r);
        String tag = tag(r.param(1));
        String location = r.baseUrl() + "/compute/v2.1/servers/" + s.id + "/tags/" + tag;
        if (s.tags.contains(tag)) {
            return ApiResponse.noContent().withHeader("Location", location);
        }
        s.tags.add(tag);
        checkTagCount(s.tags);
        return new ApiResponse(201, null, new byte[0]).withHeader("Location", location);
    }

    private ApiResponse deleteTag(OsRequest r) {
        if (!tagged(r).tags.remove(r.param(1))) {
            throw OsError.notFound("itemNotFound", "Tag " + r.param(1) + " could not be found.");
        }
        return ApiResponse.noContent();
    }

    private ApiResponse groups(OsRequest r) {
        Server s = servers.find(r);
        ArrayNode list = Json.array();
        for (String id : s.securityGroups) {
            SecurityGroup g = state.groups.get(id);
            if (g == null) {
                continue;
            }
            ObjectNode item = list.addObject().put("id", g.id()).put("name", g.name()).put("description", g.description())
                    .put("tenant_id", state.config.projectId());
            ArrayNode rules = item.putArray("rules");
            state.rules.values().stream().filter(x -> x.groupId().equals(id) && x.direction().equals("ingress"))
                    .forEach(x -> {
                        ObjectNode rule = rules.addObject().put("id", x.id()).put("parent_group_id", id)
                                .put("ip_protocol", x.protocol());
                        rule.put("from_port", x.portMin()).put("to_port", x.portMax());
                        ObjectNode range = rule.putObject("ip_range");
                        if (x.remoteIpPrefix() != null) {
                            range.put("cidr", x.remoteIpPrefix());
                        }
                        rule.putObject("group");
                    });
        }
        return ApiResponse.json(200, Json.object().set("security_groups", list));
    }
}
