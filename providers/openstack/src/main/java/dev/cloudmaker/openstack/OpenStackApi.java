package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.PageStyle;
import dev.cloudmaker.core.http.Pages;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The services' shared conventions: requests by service, and lists read to their end the way each service pages
 * (Nova and Neutron: {@code <items>_links}; Glance: a {@code next} path below its unversioned root; Designate:
 * {@code links.next}).
 */
final class OpenStackApi {
    /** Nova's, Glance's and Neutron's default largest page. */
    static final int PAGE = 1000;

    private final OpenStackClients clients;

    OpenStackApi(OpenStackClients clients) {
        this.clients = clients;
    }

    OpenStackClients clients() {
        return clients;
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    JsonNode get(Service service, String path) {
        return send(service, ApiRequest.get(path)).json();
    }

    JsonNode get(Service service, String path, Map<String, String> query) {
        return send(service, ApiRequest.get(path, query)).json();
    }

    ApiResponse send(Service service, ApiRequest request) {
        return clients.client(service).send(request);
    }

    /** Every item of a list, following the service's page links. */
    List<JsonNode> list(Service service, String path, Map<String, String> query, String items) {
        return Pages.all(clients.client(service), style(service, items), path, query, "/" + items);
    }

    static PageStyle style(Service service, String items) {
        return switch (service) {
            case COMPUTE, NETWORK -> new PageStyle.Link("limit", PAGE, page -> next(page.path(items + "_links")));
            // Glance's next is "/v2/images?marker=..." below its unversioned root; the client's base already ends in /v2
            case IMAGE -> new PageStyle.Link("limit", PAGE, page -> page.hasNonNull("next")
                    ? page.get("next").asText().replaceFirst("^/v2(?=/)", "") : null);
            case DNS -> new PageStyle.Link("limit", PAGE, page -> page.path("links").hasNonNull("next")
                    ? page.path("links").get("next").asText() : null);
        };
    }

    private static String next(JsonNode links) {
        for (JsonNode link : links) {
            if ("next".equals(link.path("rel").asText())) {
                return link.path("href").asText(null);
            }
        }
        return null;
    }
}
