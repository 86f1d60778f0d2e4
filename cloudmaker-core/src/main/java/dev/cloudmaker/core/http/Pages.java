package dev.cloudmaker.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads every page of a list endpoint, following the API's own next-page link. */
public final class Pages {
    private Pages() {
    }

    /**
     * @param itemsField the array holding the items ({@code droplets}, {@code domain_records}, ...)
     * @param nextLink   where the answer names the next page (absent or empty when this is the last)
     */
    public static List<JsonNode> all(JsonApiClient client, String path, Map<String, String> query, int perPage,
                                     String itemsField, Function<JsonNode, String> nextLink) {
        Map<String, String> q = new HashMap<>(query);
        q.put("per_page", Integer.toString(perPage));
        List<JsonNode> items = new ArrayList<>();
        ApiRequest request = ApiRequest.get(path, q);
        while (request != null) {
            JsonNode page = client.send(request).json();
            page.path(itemsField).forEach(items::add);
            String next = nextLink.apply(page);
            request = next == null || next.isBlank() ? null : ApiRequest.get(pathOf(next), Map.of());
        }
        return items;
    }

    /** Only the path and query of a next-page link are followed: requests never leave the configured API host. */
    private static String pathOf(String link) {
        java.net.URI uri = java.net.URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
