package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Designate list: criteria on top-level fields match exactly ({@code *} is a wildcard; {@code data} matches any
 * record of a record set), pages of 20 by default with an absolute {@code links.next} and the
 * {@code metadata.total_count} of all matches.
 */
final class DesignateList {
    private static final List<String> NOT_CRITERIA = List.of("limit", "marker", "sort_key", "sort_dir");

    private DesignateList() {
    }

    static ApiResponse answer(OsRequest r, String key, String path, List<ObjectNode> items) {
        Map<String, String> q = r.query();
        List<ObjectNode> matching = items.stream().filter(i -> matches(q, i)).toList();
        int from = 0;
        String marker = q.get("marker");
        if (marker != null) {
            from = matching.stream().map(i -> i.path("id").asText()).toList().indexOf(marker) + 1;
            if (from == 0) {
                throw new OsError(400, "invalid_marker", "Marker " + marker + " could not be found");
            }
        }
        int limit;
        try {
            limit = Math.min(1000, Integer.parseInt(q.getOrDefault("limit", "20")));
        } catch (NumberFormatException e) {
            throw new OsError(400, "invalid_limit", "limit should be an integer");
        }
        List<ObjectNode> page = matching.subList(from, Math.min(matching.size(), from + Math.max(limit, 0)));
        ArrayNode out = Json.array();
        out.addAll(page);
        ObjectNode doc = Json.object();
        doc.set(key, out);
        String self = r.baseUrl() + "/dns/v2/" + path;
        ObjectNode links = doc.putObject("links").put("self", self + (r.call().request().rawQuery() == null ? ""
                : "?" + r.call().request().rawQuery()));
        if (limit > 0 && page.size() == limit && from + limit < matching.size()) {
            links.put("next", self + "?limit=" + limit + "&marker=" + page.getLast().path("id").asText());
        }
        doc.putObject("metadata").put("total_count", matching.size());
        return ApiResponse.json(200, doc);
    }

    private static boolean matches(Map<String, String> q, ObjectNode item) {
        for (Map.Entry<String, String> c : q.entrySet()) {
            if (NOT_CRITERIA.contains(c.getKey())) {
                continue;
            }
            Pattern want = Pattern.compile(Pattern.quote(c.getValue()).replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE);
            if (c.getKey().equals("data")) {
                boolean any = false;
                for (JsonNode record : item.path("records")) {
                    any |= want.matcher(record.asText()).matches();
                }
                if (!any) {
                    return false;
                }
                continue;
            }
            JsonNode value = item.get(c.getKey());
            if (value != null && !want.matcher(value.asText()).matches()) {
                return false;
            }
        }
        return true;
    }
}
