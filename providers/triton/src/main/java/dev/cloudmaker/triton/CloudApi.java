package dev.cloudmaker.triton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.PageStyle;
import dev.cloudmaker.core.http.Pages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CloudAPI's conventions shared by every resource: paths under {@code /<account>}, answers read into wire records,
 * and ListMachines paged by {@code limit}/{@code offset} (a page shorter than the limit, which is also its
 * {@code x-resource-count}, is the last). The other lists come whole in one answer.
 */
final class CloudApi {
    /** CloudAPI's default and largest page. */
    static final int PAGE = 1000;
    static final PageStyle PAGES = new PageStyle.Offset(PAGE);

    private final JsonApiClient client;
    private final String account;

    CloudApi(JsonApiClient client, String account) {
        this.client = client;
        this.account = account;
    }

    JsonApiClient client() {
        return client;
    }

    String account() {
        return account;
    }

    /** {@code /<account><rest>}, each segment of {@code rest} as given (callers encode ids with {@link #segment}). */
    String path(String rest) {
        return "/" + segment(account) + rest;
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    <T> T get(String rest, Class<T> type) {
        return read(client.send(ApiRequest.get(path(rest))).json(), type);
    }

    ApiResponse send(ApiRequest request) {
        return client.send(request);
    }

    /** A list CloudAPI answers whole (keys, packages, images, datacenters). */
    <T> List<T> list(String rest, Map<String, String> query, Class<T> type) {
        List<T> out = new ArrayList<>();
        client.send(ApiRequest.get(path(rest), query)).json().forEach(item -> out.add(read(item, type)));
        return out;
    }

    /** Every page of ListMachines with {@code query}. */
    List<MachineDto> machines(Map<String, String> query) {
        return Pages.all(client, PAGES, path("/machines"), query, "").stream().map(m -> read(m, MachineDto.class)).toList();
    }

    <T> T post(String rest, ObjectNode body, Class<T> type) {
        return read(client.send(ApiRequest.post(path(rest), body)).json(), type);
    }

    void postAction(String rest, ObjectNode body) {
        client.send(ApiRequest.post(path(rest), body));
    }

    void delete(String rest) {
        client.send(ApiRequest.delete(path(rest)));
    }

    static <T> T read(JsonNode node, Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new CloudmakerException("CloudAPI answered a " + type.getSimpleName() + " cloudmaker cannot read: "
                    + e.getOriginalMessage());
        }
    }
}
