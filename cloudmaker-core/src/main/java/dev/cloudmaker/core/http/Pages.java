package dev.cloudmaker.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads every page of a list endpoint, in the API's {@link PageStyle}. */
public final class Pages {
    private Pages() {
    }

    /** @param itemsAt the JSON pointer to the items in a page ({@code /droplets}, {@code /domain_records}, ...) */
    public static List<JsonNode> all(JsonApiClient client, PageStyle style, String path, Map<String, String> query,
                                     String itemsAt) {
        PageFetcher pages = new PageFetcher(client, client.baseUrl(), style, path, query, itemsAt);
        List<JsonNode> items = new ArrayList<>();
        pages.forEachRemaining(items::addAll);
        return items;
    }
}
