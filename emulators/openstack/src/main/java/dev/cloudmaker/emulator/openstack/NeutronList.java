package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Neutron list: any top-level attribute filters by exact match (a repeated filter ORs its values), {@code fields}
 * picks attributes, {@code limit}/{@code marker} page with a {@code <collection>_links} next link.
 */
final class NeutronList {
    private static final Set<String> NOT_FILTERS = Set.of("fields", "limit", "marker", "sort_key", "sort_dir", "page_reverse");

    private NeutronList() {
    }

    /**
     * @param key  the list's key in the answer ({@code security_groups})
     * @param path the collection's path under the service ({@code security-groups}), for links
     */
    static ApiResponse answer(OsRequest r, String key, String path, List<ObjectNode> items) {
        List<ObjectNode> matching = items.stream().filter(i -> matches(r, i)).toList();
        String marker = r.query().get("marker");
        int from = 0;
        if (marker != null) {
            from = matching.stream().map(i -> i.path("id").asText()).toList().indexOf(marker) + 1;
            if (from == 0) {
                throw notFound(path, marker);
            }
        }
        int limit;
        try {
            limit = Integer.parseInt(r.query().getOrDefault("limit", "0"));
        } catch (NumberFormatException e) {
            throw new OsError(400, "BadRequest", "Bad limit request: Limit must be an integer 0 or greater and not '"
                    + r.query().get("limit") + "'.");
        }
        int to = limit <= 0 ? matching.size() : Math.min(matching.size(), from + limit);
        List<ObjectNode> page = matching.subList(from, to);
        List<String> fields = r.queryAll("fields");
        ArrayNode out = Json.array();
        for (ObjectNode item : page) {
            out.add(fields.isEmpty() ? item : item.deepCopy().retain(fields));
        }
        ObjectNode doc = Json.object();
        doc.set(key, out);
        if (limit > 0 && page.size() == limit) {
            doc.putArray(key + "_links").addObject().put("rel", "next").put("href", r.baseUrl() + "/networking/v2.0/"
                    + path + "?limit=" + limit + "&marker=" + page.getLast().path("id").asText());
        }
        return ApiResponse.json(200, doc);
    }

    private static boolean matches(OsRequest r, ObjectNode item) {
        for (String name : r.query().keySet()) {
            if (NOT_FILTERS.contains(name)) {
                continue;
            }
            JsonNode value = item.get(name);
            if (value == null) {
                continue; // Neutron ignores filters on attributes a resource does not have
            }
            List<String> wanted = r.queryAll(name);
            if (wanted.stream().noneMatch(w -> same(value, w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(JsonNode value, String wanted) {
        if (value.isBoolean()) {
            return value.asText().equals(wanted.toLowerCase(Locale.ROOT));
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                if (v.isValueNode() && v.asText().equals(wanted)) {
                    return true;
                }
            }
            return false;
        }
        return value.isNull() ? wanted.isEmpty() : value.asText().equals(wanted);
    }

    /** Neutron's not-found: {@code NetworkNotFound}, {@code SecurityGroupNotFound}, ... */
    static OsError notFound(String path, String id) {
        String type = switch (path) {
            case "networks" -> "Network";
            case "subnets" -> "Subnet";
            case "ports" -> "Port";
            case "floatingips" -> "FloatingIP";
            case "security-groups" -> "SecurityGroup";
            default -> "SecurityGroupRule";
        };
        String words = switch (path) {
            case "floatingips" -> "Floating IP";
            case "security-groups" -> "Security group";
            case "security-group-rules" -> "Security group rule";
            default -> type;
        };
        return OsError.notFound(type + "NotFound", words + " " + id + " could not be found.");
    }

    /** The fields every Neutron resource carries. */
    static ObjectNode base(String id, String project, java.time.Instant created, java.time.Instant updated) {
        ObjectNode o = Json.object().put("id", id).put("project_id", project).put("tenant_id", project);
        o.putArray("tags");
        o.put("created_at", Json.time(created)).put("updated_at", Json.time(updated)).put("revision_number", 1);
        return o;
    }
}
