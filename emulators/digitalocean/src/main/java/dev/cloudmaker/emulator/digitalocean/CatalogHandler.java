package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.ArrayList;
import java.util.List;

/** Regions, sizes and images (public catalog plus the account's snapshots), and the account itself. */
final class CatalogHandler {
    private final State state;

    CatalogHandler(State state) {
        this.state = state;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/account", "account", this::account)
                .add("GET", "/v2/regions", "regions", req -> ApiResponse.json(200,
                        Views.list("regions", Catalog.REGIONS, Views::region, req)))
                .add("GET", "/v2/sizes", "sizes", req -> ApiResponse.json(200,
                        Views.list("sizes", Catalog.SIZES, Views::size, req)))
                .add("GET", "/v2/images", "images", this::images)
                .add("GET", "/v2/images/{}", "images", this::image);
    }

    private ApiResponse account(ApiRequest req) {
        var account = Json.object().put("droplet_limit", 1000).put("floating_ip_limit", 10)
                .put("email", "emulator@example.com").put("name", "Emulated Account")
                .put("uuid", "b6fr89dbf6d9156cace5f3c78dc9851d957381ef").put("email_verified", true)
                .put("status", "active").put("status_message", "");
        account.putObject("team").put("uuid", "5df3e3004a3c4f6ebd7c2d5b8c0b5a97").put("name", "My Team");
        return ApiResponse.json(200, Views.wrap("account", account));
    }

    private ApiResponse images(ApiRequest req) {
        String type = req.query("type");
        boolean onlyPrivate = "true".equals(req.query("private"));
        List<JsonNode> all = new ArrayList<>();
        if (!onlyPrivate) {
            Catalog.IMAGES.stream().filter(i -> type == null || i.category().equals(type))
                    .forEach(i -> all.add(Views.image(i)));
        }
        if (type == null) {
            state.snapshots.values().forEach(s -> all.add(Views.image(s)));
        }
        return ApiResponse.json(200, Views.list("images", all, x -> x, req));
    }

    private ApiResponse image(ApiRequest req) {
        String idOrSlug = req.param(0);
        JsonNode found = Catalog.image(idOrSlug).<JsonNode>map(Views::image).orElseGet(() -> {
            try {
                Snapshot s = state.snapshots.get(Long.parseLong(idOrSlug));
                return s == null ? null : Views.image(s);
            } catch (NumberFormatException e) {
                return null;
            }
        });
        if (found == null) {
            throw ApiError.notFound();
        }
        return ApiResponse.json(200, Views.wrap("image", found));
    }
}
