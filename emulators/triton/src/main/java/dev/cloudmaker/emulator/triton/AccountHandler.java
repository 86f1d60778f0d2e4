package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The account and what hangs off it without a machine: ping, the account, keys, datacenters, services, networks. */
final class AccountHandler {
    /** UpdateAccount's fields besides {@code triton_cns_enabled}. */
    private static final Set<String> PROFILE = Set.of("email", "companyName", "firstName", "lastName", "address",
            "postalCode", "city", "state", "country", "phone");

    private final TritonState state;

    AccountHandler(TritonState state) {
        this.state = state;
    }

    void register(PathRouter<TritonEndpoint> router) {
        router.add("GET", "/--ping", "ping", r -> {
            ObjectNode pong = Json.object().put("ping", "pong");
            ArrayNode versions = pong.putObject("cloudapi").putArray("versions");
            ApiVersion.VERSIONS.forEach(versions::add);
            return ApiResponse.json(200, pong).withHeader("triton-datacenter-name", state.config.datacenter());
        })
                .add("GET", "/{}", "account", r -> ApiResponse.json(200, Views.account(state)))
                .add("POST", "/{}", "account", this::updateAccount)
                .add("GET", "/{}/keys", "keys", r -> ApiResponse.json(200, Json.array(state.keys.stream().map(Views::key).toList())))
                .add("POST", "/{}/keys", "keys", this::createKey)
                .add("GET", "/{}/keys/{}", "keys", r -> ApiResponse.json(200, Views.key(key(r.param(1)))))
                .add("DELETE", "/{}/keys/{}", "keys", r -> {
                    state.keys.remove(key(r.param(1)));
                    return ApiResponse.noContent();
                })
                .add("GET", "/{}/datacenters", "datacenters", r -> {
                    ObjectNode all = Json.object().put(state.config.datacenter(), r.call().baseUrl());
                    state.otherDatacenters.forEach(all::put);
                    return ApiResponse.json(200, all).withHeader("triton-datacenter-name", state.config.datacenter());
                })
                .add("GET", "/{}/datacenters/{}", "datacenters", this::datacenter)
                .add("GET", "/{}/services", "services", r -> ApiResponse.json(200,
                        Json.object().put("cloudapi", r.call().baseUrl())))
                .add("GET", "/{}/networks", "networks", r -> ApiResponse.json(200,
                        Json.array(Catalog.NETWORKS.stream().map(n -> Views.network(n, state)).toList())))
                .add("GET", "/{}/networks/{}", "networks", r -> ApiResponse.json(200, Views.network(
                        Catalog.NETWORKS.stream().filter(n -> n.id().equals(r.param(1))).findFirst()
                                .orElseThrow(() -> TritonError.notFound(r.param(1) + " not found")), state)))
                .add("GET", "/{}/limits", "account", r -> ApiResponse.json(200, Json.array()));
    }

    private ApiResponse updateAccount(TritonRequest r) {
        r.input().fields().forEachRemaining(e -> {
            if (PROFILE.contains(e.getKey())) {
                state.profile.put(e.getKey(), Json.text(e.getValue()));
            }
        });
        if (r.value("triton_cns_enabled") != null) {
            state.cnsEnabled = Json.bool(r.value("triton_cns_enabled"));
        }
        state.profile.put("updated", Json.time(state.now()));
        return ApiResponse.json(200, Views.account(state));
    }

    private ApiResponse createKey(TritonRequest r) {
        if (r.value("key") == null) {
            throw TritonError.missingParameter("key is a required argument");
        }
        String line = r.text("key");
        if (line == null || !r.value("key").isTextual() || line.strip().split("\\s+").length < 2) {
            throw TritonError.invalidArgument("key is invalid");
        }
        AccountKey key;
        try {
            key = AccountKey.of(r.text("name"), line);
        } catch (IllegalArgumentException e) {
            throw TritonError.invalidArgument("key already exists or is invalid");
        }
        if (state.keys.stream().anyMatch(k -> k.fingerprint().equals(key.fingerprint()) || k.name().equals(key.name()))) {
            throw TritonError.invalidArgument("key already exists or is invalid");
        }
        state.keys.add(key);
        return ApiResponse.json(201, Views.key(key)).withHeader("location", "/" + state.config.login() + "/keys/"
                + URLEncoder.encode(key.fingerprint(), StandardCharsets.UTF_8));
    }

    private ApiResponse datacenter(TritonRequest r) {
        String name = r.param(1);
        String url = name.equals(state.config.datacenter()) ? r.call().baseUrl() : state.otherDatacenters.get(name);
        if (url == null) {
            throw TritonError.notFound(name + " is not a valid datacenter");
        }
        return ApiResponse.json(302, Json.object().put("code", "ResourceMoved").put("message", name + " " + url))
                .withHeader("location", url);
    }

    private AccountKey key(String id) {
        return state.keys.stream().filter(k -> k.isNamed(id)).findFirst()
                .orElseThrow(() -> TritonError.notFound(id + " does not exist"));
    }
}
