package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Page math of every list endpoint: per_page defaults to 20 and is clamped to 1..200; page starts at 1. */
record Pagination(int page, int perPage) {
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 200;

    static Pagination from(Map<String, String> query) {
        int perPage = Math.clamp(parse(query.get("per_page"), DEFAULT_PER_PAGE), 1, MAX_PER_PAGE);
        int page = Math.max(1, parse(query.get("page"), 1));
        return new Pagination(page, perPage);
    }

    static int lastPage(int total, int perPage) {
        return Math.max(1, (total + perPage - 1) / perPage);
    }

    <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * perPage;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + perPage));
    }

    /** {@code links.pages} as the API gives it: first/prev when not on page 1, next/last when not on the last. */
    ObjectNode pageLinks(String baseUrl, String path, Map<String, String> query, int total) {
        int last = lastPage(total, perPage);
        ObjectNode pages = Json.object();
        if (page > 1) {
            pages.put("first", url(baseUrl, path, query, 1));
            pages.put("prev", url(baseUrl, path, query, Math.min(page - 1, last)));
        }
        if (page < last) {
            pages.put("next", url(baseUrl, path, query, page + 1));
            pages.put("last", url(baseUrl, path, query, last));
        }
        return pages;
    }

    private String url(String baseUrl, String path, Map<String, String> query, int target) {
        Map<String, String> q = new TreeMap<>(query);
        q.put("page", Integer.toString(target));
        q.put("per_page", Integer.toString(perPage));
        StringBuilder sb = new StringBuilder(baseUrl).append(path);
        char sep = '?';
        for (Map.Entry<String, String> e : q.entrySet()) {
            sb.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int parse(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
