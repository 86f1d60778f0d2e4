package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.Pages;
import java.util.List;
import java.util.Map;

/** The DigitalOcean wire conventions shared by every resource: paging and the JSON client. */
final class DigitalOceanApi {
    static final int MAX_PER_PAGE = 200;

    private final JsonApiClient client;

    DigitalOceanApi(JsonApiClient client) {
        this.client = client;
    }

    JsonApiClient client() {
        return client;
    }

    List<JsonNode> list(String path, Map<String, String> query, String itemsField) {
        return Pages.all(client, path, query, MAX_PER_PAGE, itemsField,
                page -> page.path("links").path("pages").path("next").asText(null));
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
