package dev.cloudmaker.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.CloudmakerException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a list endpoint hands out its pages: the first page's request, and from each page the request
 * for the next one, or none when it was the last. The set is closed: every cloud cloudmaker knows
 * uses one of these three (EC2 and Route 53 page through the AWS SDK's own paginators).
 */
public sealed interface PageStyle {

    ApiRequest first(String path, Map<String, String> query);

    /**
     * @param sent  the request that gave this page
     * @param page  its body
     * @param items the items it held
     * @param base  the client's base URL, which links are read against
     */
    Optional<ApiRequest> next(ApiRequest sent, JsonNode page, List<JsonNode> items, URI base);

    /**
     * The answer names its next page (DigitalOcean's {@code links.pages.next}, Nova's
     * {@code servers_links}, Glance's {@code next}); the first request asks for {@code size} items in
     * {@code sizeParameter}. Only the link's path and query are followed, below the client's base
     * URL: requests never leave the configured API host.
     */
    record Link(String sizeParameter, int size, Function<JsonNode, String> nextLink) implements PageStyle {
        @Override
        public ApiRequest first(String path, Map<String, String> query) {
            return ApiRequest.get(path, with(query, sizeParameter, size));
        }

        @Override
        public Optional<ApiRequest> next(ApiRequest sent, JsonNode page, List<JsonNode> items, URI base) {
            String link = nextLink.apply(page);
            return link == null || link.isBlank() ? Optional.empty() : Optional.of(ApiRequest.get(belowBase(link, base)));
        }

        /** {@code https://host/compute/v2.1/servers?marker=x} under base {@code .../compute/v2.1} is {@code /servers?marker=x}. */
        static String belowBase(String link, URI base) {
            URI uri = base.resolve(link);
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
            return !basePath.isEmpty() && target.startsWith(basePath + "/") ? target.substring(basePath.length()) : target;
        }
    }

    /**
     * Pages by position (Triton's {@code limit} and {@code offset}): the next page starts after the
     * items read so far, and a page with fewer than {@code limit} items is the last. {@code limit}
     * must not exceed the server's own cap (Triton: 1000).
     */
    record Offset(int limit) implements PageStyle {
        @Override
        public ApiRequest first(String path, Map<String, String> query) {
            return ApiRequest.get(path, with(with(query, "limit", limit), "offset", 0));
        }

        @Override
        public Optional<ApiRequest> next(ApiRequest sent, JsonNode page, List<JsonNode> items, URI base) {
            if (items.size() < limit) {
                return Optional.empty();
            }
            long offset = Long.parseLong(sent.query().get("offset")) + items.size();
            return Optional.of(ApiRequest.get(sent.path(), with(sent.query(), "offset", offset)));
        }
    }

    /**
     * Pages by the last item seen (OpenStack's {@code limit} and {@code marker}, for lists without
     * next links): the next page starts after the id in {@code idField} of this page's last item, and
     * a page with fewer than {@code limit} items is the last. {@code limit} must not exceed the
     * server's own cap (Nova and Glance: 1000 by default).
     */
    record Marker(int limit, String idField) implements PageStyle {
        @Override
        public ApiRequest first(String path, Map<String, String> query) {
            return ApiRequest.get(path, with(query, "limit", limit));
        }

        @Override
        public Optional<ApiRequest> next(ApiRequest sent, JsonNode page, List<JsonNode> items, URI base) {
            if (items.size() < limit) {
                return Optional.empty();
            }
            JsonNode last = items.get(items.size() - 1).path(idField);
            if (!last.isValueNode() || last.asText().isEmpty()) {
                throw new CloudmakerException(sent.describe() + " gave a full page whose last item has no \""
                        + idField + "\" to continue from");
            }
            return Optional.of(ApiRequest.get(sent.path(), with(sent.query(), "marker", last.asText())));
        }
    }

    private static Map<String, String> with(Map<String, String> query, String name, Object value) {
        Map<String, String> q = new HashMap<>(query);
        q.put(name, value.toString());
        return q;
    }
}
