package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cloudmaker.core.CloudmakerException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each paging style against a fake transport that serves pages from a list and records what was asked. */
class PageFetcherTest {
    private final List<String> asked = new ArrayList<>();

    /** A transport answering each request (by method, path and query) from a fixed table. */
    private ApiTransport table(Map<String, String> answers) {
        return request -> {
            asked.add(request.describe());
            String body = answers.get(request.describe());
            assertThat(body).as("an answer for " + request.describe()).isNotNull();
            return new ApiResponse(200, null, body);
        };
    }

    @Test
    void linkPagesSendWhatDigitalOceanGetsToday() {
        PageStyle digitalOcean = new PageStyle.Link("per_page", 200,
                page -> page.path("links").path("pages").path("next").asText(null));
        ApiTransport transport = table(Map.of(
                "GET /v2/droplets?per_page=200&tag_name=cloudmaker%3Ashop",
                "{\"droplets\":[{\"id\":1},{\"id\":2}],\"links\":{\"pages\":{\"next\":"
                        + "\"https://api.digitalocean.com/v2/droplets?page=2&per_page=200&tag_name=cloudmaker%3Ashop\"}}}",
                "GET /v2/droplets?page=2&per_page=200&tag_name=cloudmaker%3Ashop",
                "{\"droplets\":[{\"id\":3}],\"links\":{\"pages\":{\"prev\":\"https://api.digitalocean.com/v2/droplets?page=1\"}}}"));

        List<JsonNode> items = all(new PageFetcher(transport, URI.create("https://api.digitalocean.com"), digitalOcean,
                "/v2/droplets", Map.of("tag_name", "cloudmaker:shop"), "/droplets"));

        assertThat(items).extracting(i -> i.path("id").asInt()).containsExactly(1, 2, 3);
        assertThat(asked).containsExactly("GET /v2/droplets?per_page=200&tag_name=cloudmaker%3Ashop",
                "GET /v2/droplets?page=2&per_page=200&tag_name=cloudmaker%3Ashop");
    }

    @Test
    void linksAreFollowedBelowTheBaseUrlAndNeverToAnotherHost() {
        URI compute = URI.create("https://cloud.example/compute/v2.1");
        assertThat(PageStyle.Link.belowBase("https://cloud.example/compute/v2.1/servers/detail?limit=2&marker=b", compute))
                .as("Nova's absolute servers_links").isEqualTo("/servers/detail?limit=2&marker=b");
        assertThat(PageStyle.Link.belowBase("/v2/images?marker=3f", URI.create("https://cloud.example/image")))
                .as("Glance's next, relative to the host").isEqualTo("/v2/images?marker=3f");
        assertThat(PageStyle.Link.belowBase("https://elsewhere.example/v2/droplets?page=2", URI.create("http://127.0.0.1:8080")))
                .as("another host: only its path and query").isEqualTo("/v2/droplets?page=2");
    }

    @Test
    void aNovaLinkListIsFollowedUntilItHasNoNext() {
        PageStyle nova = new PageStyle.Link("limit", 2, page -> {
            for (JsonNode link : page.path("servers_links")) {
                if (link.path("rel").asText().equals("next")) {
                    return link.path("href").asText();
                }
            }
            return null;
        });
        ApiTransport transport = table(Map.of(
                "GET /servers/detail?limit=2", "{\"servers\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"servers_links\":"
                        + "[{\"rel\":\"next\",\"href\":\"http://cloud.example/compute/v2.1/servers/detail?limit=2&marker=b\"}]}",
                "GET /servers/detail?limit=2&marker=b", "{\"servers\":[{\"id\":\"c\"}]}"));

        List<JsonNode> items = all(new PageFetcher(transport, URI.create("http://cloud.example/compute/v2.1"), nova,
                "/servers/detail", Map.of(), "/servers"));

        assertThat(items).extracting(i -> i.path("id").asText()).containsExactly("a", "b", "c");
    }

    static Stream<Arguments> listsAndLimits() {
        return IntStream.rangeClosed(0, 7).boxed()
                .flatMap(n -> IntStream.rangeClosed(1, 3).mapToObj(limit -> Arguments.of(n, limit)));
    }

    @ParameterizedTest(name = "{0} machines, limit {1}")
    @MethodSource("listsAndLimits")
    void offsetPagesReadEveryItemOnceAndStopAtAShortPage(int count, int limit) {
        List<String> machines = IntStream.range(0, count).mapToObj(i -> "m" + i).toList();
        // Triton's ListMachines: the page is a bare array, positioned by limit and offset
        ApiTransport triton = request -> {
            asked.add(request.describe());
            int offset = Integer.parseInt(request.query().get("offset"));
            int size = Integer.parseInt(request.query().get("limit"));
            return new ApiResponse(200, null, array(machines.subList(Math.min(offset, count), Math.min(offset + size, count))));
        };

        List<JsonNode> items = all(new PageFetcher(triton, URI.create("https://cloudapi.example"), new PageStyle.Offset(limit),
                "/acme/machines", Map.of("tag.cloudmaker", "shop"), ""));

        assertThat(items).extracting(i -> i.path("id").asText()).containsExactlyElementsOf(machines);
        assertThat(asked).hasSize(count / limit + 1)
                .allMatch(r -> r.startsWith("GET /acme/machines?limit=" + limit + "&offset=") && r.endsWith("&tag.cloudmaker=shop"));
    }

    @ParameterizedTest(name = "{0} servers, limit {1}")
    @MethodSource("listsAndLimits")
    void markerPagesContinueAfterTheLastIdAndStopAtAShortPage(int count, int limit) {
        List<String> servers = IntStream.range(0, count).mapToObj(i -> "s" + i).toList();
        ApiTransport openStack = request -> {
            asked.add(request.describe());
            String marker = request.query().get("marker");
            if (marker != null) {
                assertThat(servers).as("a marker the server knows").contains(marker);
            }
            int from = marker == null ? 0 : servers.indexOf(marker) + 1;
            int size = Integer.parseInt(request.query().get("limit"));
            return new ApiResponse(200, null, "{\"servers\":" + array(servers.subList(from, Math.min(from + size, count))) + "}");
        };

        List<JsonNode> items = all(new PageFetcher(openStack, URI.create("https://cloud.example/compute/v2.1"),
                new PageStyle.Marker(limit, "id"), "/servers", Map.of(), "/servers"));

        assertThat(items).extracting(i -> i.path("id").asText()).containsExactlyElementsOf(servers);
        assertThat(asked).hasSize(count / limit + 1);
        assertThat(asked.get(0)).isEqualTo("GET /servers?limit=" + limit);
    }

    @Test
    void aFullPageWithoutAMarkerToContinueFromIsAnError() {
        ApiTransport transport = request -> new ApiResponse(200, null, "{\"images\":[{\"id\":\"a\"},{\"name\":\"no id\"}]}");
        PageFetcher pages = new PageFetcher(transport, URI.create("https://cloud.example/image"), new PageStyle.Marker(2, "id"),
                "/v2/images", Map.of(), "/images");

        assertThatThrownBy(pages::next).isInstanceOf(CloudmakerException.class)
                .hasMessageContaining("GET /v2/images?limit=2").hasMessageContaining("\"id\"");
    }

    @Test
    void aPageIsRequestedOnlyWhenAskedFor() {
        ApiTransport transport = request -> {
            asked.add(request.describe());
            return new ApiResponse(200, null, array(List.of("a", "b")));
        };
        PageFetcher pages = new PageFetcher(transport, URI.create("https://cloudapi.example"), new PageStyle.Offset(2),
                "/acme/machines", Map.of(), "");

        assertThat(pages.next()).hasSize(2);
        assertThat(pages.hasNext()).isTrue();
        assertThat(asked).containsExactly("GET /acme/machines?limit=2&offset=0");
    }

    private static List<JsonNode> all(PageFetcher pages) {
        List<JsonNode> items = new ArrayList<>();
        pages.forEachRemaining(items::addAll);
        return items;
    }

    private static String array(List<String> ids) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        ids.forEach(id -> array.addObject().put("id", id));
        return array.toString();
    }
}
