package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.PageStyle;
import dev.cloudmaker.core.http.Pages;
import java.util.List;
import java.util.Map;

/** The DigitalOcean wire conventions shared by every resource: paging and the JSON client. */
final class DigitalOceanApi {
    static final int MAX_PER_PAGE = 200;
    /** {@code per_page=200}, then each answer's {@code links.pages.next} until there is none. */
    static final PageStyle PAGES = new PageStyle.Link("per_page", MAX_PER_PAGE,
            page -> page.path("links").path("pages").path("next").asText(null));

    private final JsonApiClient client;

    DigitalOceanApi(JsonApiClient client) {
        this.client = client;
    }

    JsonApiClient client() {
        return client;
    }

    List<JsonNode> list(String path, Map<String, String> query, String itemsField) {
        return Pages.all(client, PAGES, path, query, "/" + itemsField);
    }

    JsonNode get(String path) {
        return client.send(ApiRequest.get(path)).json();
    }

    JsonNode post(String path, JsonNode body) {
        return client.send(ApiRequest.post(path, body)).json();
    }

    JsonNode put(String path, JsonNode body) {
        return client.send(ApiRequest.put(path, body)).json();
    }

    void delete(String path) {
        client.send(ApiRequest.delete(path));
    }
}
