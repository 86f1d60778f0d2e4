package dev.cloudmaker.triton;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The datacenters of the cloud ({@code ListDatacenters}: name → CloudAPI URL) and the one this provider reaches:
 * the {@code Triton-Datacenter-Name} the answer carries, else the one whose URL is the provider's. Read once.
 */
final class TritonDatacenter {
    /** A datacenter's name and its CloudAPI URL. */
    record Entry(String name, String url) {
    }

    private final CloudApi api;
    private volatile List<Entry> all;
    private volatile String own;

    TritonDatacenter(CloudApi api) {
        this.api = api;
    }

    List<Entry> all() {
        read();
        return all;
    }

    /** The name of the datacenter the provider's URL reaches. */
    String own() {
        read();
        return own;
    }

    private synchronized void read() {
        if (all != null) {
            return;
        }
        ApiResponse answer = api.send(ApiRequest.get(api.path("/datacenters")));
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : answer.json().properties()) {
            entries.add(new Entry(e.getKey(), e.getValue().asText()));
        }
        URI base = api.client().baseUrl();
        own = answer.header("triton-datacenter-name").orElseGet(() -> entries.stream()
                .filter(e -> sameHost(e.url(), base)).map(Entry::name).findFirst()
                .orElse(entries.isEmpty() ? base.getHost() : entries.getFirst().name()));
        all = List.copyOf(entries);
    }

    private static boolean sameHost(String url, URI base) {
        try {
            return base.getHost() != null && base.getHost().equalsIgnoreCase(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
