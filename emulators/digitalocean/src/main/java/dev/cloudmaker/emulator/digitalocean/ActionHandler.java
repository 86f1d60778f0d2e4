package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Droplet actions (POST/GET under a droplet) and the account-wide /v2/actions. */
final class ActionHandler {
    private static final List<String> TYPES = List.of("power_off", "power_on", "shutdown", "reboot", "power_cycle",
            "resize", "snapshot", "enable_ipv6", "rename");

    private final State state;
    private final DropletHandler droplets;

    ActionHandler(State state, DropletHandler droplets) {
        this.state = state;
        this.droplets = droplets;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("POST", "/v2/droplets/{}/actions", "droplet-actions", this::start)
                .add("GET", "/v2/droplets/{}/actions", "droplet-actions", req -> {
                    long id = droplets.find(req.idParam(0)).id();
                    return ApiResponse.json(200, Views.list("actions", state.actionsNewestFirst(id), Views::action, req));
                })
                .add("GET", "/v2/droplets/{}/actions/{}", "droplet-actions", req -> {
                    Action a = find(req.idParam(1));
                    if (a.dropletId() != req.idParam(0)) {
                        throw ApiError.notFound();
                    }
                    return ApiResponse.json(200, Views.wrap("action", Views.action(a)));
                })
                .add("GET", "/v2/actions", "actions", req -> ApiResponse.json(200,
                        Views.list("actions", state.actionsNewestFirst(null), Views::action, req)))
                .add("GET", "/v2/actions/{}", "actions", req -> ApiResponse.json(200,
                        Views.wrap("action", Views.action(find(req.idParam(0))))));
    }

    private Action find(long id) {
        Action a = state.actions.get(id);
        if (a == null) {
            throw ApiError.notFound();
        }
        return a;
    }

    private ApiResponse start(ApiRequest req) {
        Droplet d = droplets.find(req.idParam(0));
        String type = Json.text(req.body(), "type");
        if (type == null || !TYPES.contains(type)) {
            throw ApiError.unprocessable("Action type \"" + type + "\" is not supported; use one of "
                    + String.join(", ", TYPES) + ".");
        }
        if (req.pendingEvent() || state.locked(d.id())) {
            throw ApiError.unprocessable("Droplet already has a pending event.");
        }
        Map<String, String> params = new HashMap<>();
        switch (type) {
            case "resize" -> {
                CatalogSize size = resizeTarget(req, d);
                params.put("size", size.slug());
                // the disk grows only when asked; otherwise it stays, so the resize can be undone
                params.put("disk", Integer.toString(Json.bool(req.body(), "disk") ? size.disk() : d.diskGb()));
            }
            case "rename" -> params.put("name", required(req, "name"));
            case "snapshot" -> params.put("name", Json.text(req.body(), "name") != null ? Json.text(req.body(), "name")
                    : d.name() + "-" + state.now().getEpochSecond());
            default -> {
                // power and ipv6 actions take no parameters
            }
        }
        Action a = state.startAction(d, type, params, state.config.actionDuration());
        return ApiResponse.json(201, Views.wrap("action", Views.action(a)));
    }

    private CatalogSize resizeTarget(ApiRequest req, Droplet d) {
        String slug = required(req, "size");
        CatalogSize size = Catalog.size(slug).orElseThrow(() -> ApiError.unprocessable(
                "You specified an invalid size for Droplet resize."));
        if (!size.regions().contains(d.region())) {
            throw ApiError.unprocessable("Size is not available in this region.");
        }
        if (size.disk() < d.diskGb()) {
            throw ApiError.unprocessable("Size can not decrease size of Droplet's disk image");
        }
        if (!d.status().equals("off")) {
            throw ApiError.unprocessable("Droplet must be powered off before it can be resized.");
        }
        return size;
    }

    private static String required(ApiRequest req, String field) {
        String v = Json.text(req.body(), field);
        if (v == null || v.isBlank()) {
            throw ApiError.unprocessable("The " + field + " attribute is required for this action.");
        }
        return v;
    }
}
