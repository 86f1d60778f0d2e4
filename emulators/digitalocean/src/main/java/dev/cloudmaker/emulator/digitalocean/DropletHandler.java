package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.state.Addresses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Droplet create, list, get and delete. Validation messages follow the real API's 422s. */
final class DropletHandler {
    private static final Pattern HOSTNAME = Pattern.compile("^[a-zA-Z0-9]?[a-z0-9A-Z.\\-]*[a-z0-9A-Z]$");
    static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9_\\-:]+$");
    private static final int MAX_BATCH = 10;

    private final State state;
    private final KeyHandler keys;

    DropletHandler(State state, KeyHandler keys) {
        this.state = state;
        this.keys = keys;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/droplets", "droplets", this::list)
                .add("POST", "/v2/droplets", "droplets", this::create)
                .add("DELETE", "/v2/droplets", "droplets", this::deleteByTag)
                .add("GET", "/v2/droplets/{}", "droplets", req -> ApiResponse.json(200,
                        Views.wrap("droplet", DropletView.of(find(req.idParam(0)), state))))
                .add("DELETE", "/v2/droplets/{}", "droplets", req -> {
                    state.droplets.remove(find(req.idParam(0)).id());
                    return ApiResponse.noContent();
                });
    }

    Droplet find(long id) {
        return state.visibleDroplet(id).orElseThrow(ApiError::notFound);
    }

    private ApiResponse list(ApiRequest req) {
        String tag = req.query("tag_name");
        String name = req.query("name");
        List<Droplet> all = state.visibleDroplets().stream()
                .filter(d -> tag == null || d.hasTag(tag))
                .filter(d -> name == null || d.name().equalsIgnoreCase(name))
                .toList();
        return ApiResponse.json(200, Views.list("droplets", all, d -> DropletView.of(d, state), req));
    }

    private ApiResponse deleteByTag(ApiRequest req) {
        String tag = req.query("tag_name");
        if (tag == null) {
            throw ApiError.unprocessable("tag_name is required to delete droplets in bulk");
        }
        state.droplets.values().removeIf(d -> d.hasTag(tag));
        return ApiResponse.noContent();
    }

    private ApiResponse create(ApiRequest req) {
        JsonNode body = req.body();
        List<String> names = names(body);
        String regionSlug = Json.text(body, "region") == null ? "nyc3" : Json.text(body, "region");
        CatalogRegion region = Catalog.region(regionSlug).orElseThrow(() -> ApiError.unprocessable(
                "You specified an invalid region for Droplet creation."));
        String sizeSlug = Json.text(body, "size");
        CatalogSize size = Catalog.size(sizeSlug == null ? "" : sizeSlug).orElseThrow(() -> ApiError.unprocessable(
                "You specified an invalid size for Droplet creation."));
        if (!size.regions().contains(region.slug())) {
            throw ApiError.unprocessable("Size is not available in this region.");
        }
        long imageId = imageId(Json.text(body, "image"));
        checkKeys(body.get("ssh_keys"));
        List<String> tags = tags(body.get("tags"));
        boolean ipv6 = Json.bool(body, "ipv6") && region.features().contains("ipv6");
        String vpc = Json.text(body, "vpc_uuid") != null ? Json.text(body, "vpc_uuid")
                : UUID.nameUUIDFromBytes(("vpc-" + region.slug()).getBytes()).toString();

        Instant now = state.now();
        Instant visibleAt = now.plus(req.staleFor());
        ArrayNode droplets = Json.array();
        ArrayNode actions = Json.array();
        for (String name : names) {
            long addr = state.newAddressIndex();
            long seed = state.config.seed();
            Droplet d = new Droplet(state.newId(), name, region.slug(), size.slug(), imageId, "new", tags,
                    Addresses.publicIpv4(seed, addr), Addresses.privateIpv4(seed, addr),
                    ipv6 ? Addresses.ipv6(seed, addr) : null, Json.bool(body, "backups"),
                    Json.bool(body, "monitoring"), vpc, List.of(), now, visibleAt, size.disk());
            state.droplets.put(d.id(), d);
            Action a = state.startAction(d, "create", Map.of(), state.config.nextBootDelay());
            droplets.add(DropletView.of(d, state));
            actions.addObject().put("id", a.id()).put("rel", "create")
                    .put("href", req.baseUrl() + "/v2/actions/" + a.id());
        }
        ObjectNode out = Json.object();
        if (body.has("names")) {
            out.set("droplets", droplets);
        } else {
            out.set("droplet", droplets.get(0));
        }
        out.putObject("links").set("actions", actions);
        return ApiResponse.json(202, out);
    }

    private static List<String> names(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.unprocessable("The request body must be a JSON object.");
        }
        List<String> names = new ArrayList<>();
        if (body.has("names")) {
            body.get("names").forEach(n -> names.add(n.asText()));
            if (names.size() > MAX_BATCH) {
                throw ApiError.unprocessable("You may only create up to " + MAX_BATCH + " Droplets at once.");
            }
        } else if (Json.text(body, "name") != null) {
            names.add(Json.text(body, "name"));
        }
        if (names.isEmpty()) {
            throw ApiError.unprocessable("Name is required.");
        }
        for (String n : names) {
            if (!HOSTNAME.matcher(n).matches()) {
                throw ApiError.unprocessable("Name Only valid hostname characters are allowed. (a-z, A-Z, 0-9, . and -)");
            }
        }
        return names;
    }

    private long imageId(String image) {
        if (image == null) {
            throw ApiError.unprocessable("You specified an invalid image for Droplet creation.");
        }
        var catalog = Catalog.image(image);
        if (catalog.isPresent()) {
            return catalog.get().id();
        }
        return state.snapshots.values().stream().filter(s -> Long.toString(s.id()).equals(image)).findFirst()
                .map(Snapshot::id)
                .orElseThrow(() -> ApiError.unprocessable("You specified an invalid image for Droplet creation."));
    }

    private void checkKeys(JsonNode sshKeys) {
        if (sshKeys == null) {
            return;
        }
        for (JsonNode k : sshKeys) {
            try {
                keys.find(k.asText());
            } catch (ApiError e) {
                throw ApiError.unprocessable("You specified an invalid SSH key ID or fingerprint: " + k.asText());
            }
        }
    }

    private List<String> tags(JsonNode tags) {
        List<String> out = new ArrayList<>();
        if (tags == null || tags.isNull()) {
            return out;
        }
        for (JsonNode t : tags) {
            if (!TAG.matcher(t.asText()).matches()) {
                throw ApiError.unprocessable("Tag name \"" + t.asText()
                        + "\" may only contain letters, numbers, colons, dashes and underscores.");
            }
            String stored = state.ensureTag(t.asText());
            if (out.stream().noneMatch(stored::equalsIgnoreCase)) {
                out.add(stored);
            }
        }
        return out;
    }
}
