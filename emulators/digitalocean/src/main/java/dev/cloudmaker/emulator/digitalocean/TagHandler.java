package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tags: case-insensitive, first capitalisation wins; tagging with an unknown tag is a 404. */
final class TagHandler {
    private final State state;

    TagHandler(State state) {
        this.state = state;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/tags", "tags", req -> ApiResponse.json(200,
                        Views.list("tags", List.copyOf(state.tags.values()), t -> view(t, req), req)))
                .add("POST", "/v2/tags", "tags", this::create)
                .add("GET", "/v2/tags/{}", "tags", req -> ApiResponse.json(200,
                        Views.wrap("tag", view(find(req.param(0)), req))))
                .add("DELETE", "/v2/tags/{}", "tags", this::delete)
                .add("POST", "/v2/tags/{}/resources", "tags", req -> retag(req, true))
                .add("DELETE", "/v2/tags/{}/resources", "tags", req -> retag(req, false));
    }

    private JsonNode view(String tag, ApiRequest req) {
        List<Droplet> tagged = state.droplets.values().stream().filter(d -> d.hasTag(tag)).toList();
        return Views.tag(tag, tagged, req.baseUrl());
    }

    private String find(String name) {
        return state.tag(name).orElseThrow(ApiError::notFound);
    }

    private ApiResponse create(ApiRequest req) {
        String name = Json.text(req.body(), "name");
        if (name == null || name.length() > 255 || !DropletHandler.TAG.matcher(name).matches()) {
            // the one endpoint whose 400 body is {error, messages, root_causes}, per the spec
            throw new TagNameError(name);
        }
        return ApiResponse.json(201, Views.wrap("tag", view(state.ensureTag(name), req)));
    }

    private ApiResponse delete(ApiRequest req) {
        String tag = find(req.param(0));
        state.tags.remove(tag.toLowerCase(Locale.ROOT));
        for (Droplet d : List.copyOf(state.droplets.values())) {
            if (d.hasTag(tag)) {
                state.droplets.put(d.id(), d.withTags(d.tags().stream().filter(t -> !t.equalsIgnoreCase(tag)).toList()));
            }
        }
        return ApiResponse.noContent();
    }

    private ApiResponse retag(ApiRequest req, boolean add) {
        String tag = find(req.param(0));
        JsonNode resources = req.body() == null ? null : req.body().get("resources");
        if (resources == null || !resources.isArray()) {
            throw ApiError.unprocessable("resources is required.");
        }
        List<Droplet> targets = new ArrayList<>();
        for (JsonNode r : resources) {
            if (!"droplet".equals(Json.text(r, "resource_type"))) {
                throw ApiError.unprocessable("Only droplet resources can be tagged in this emulator.");
            }
            long id;
            try {
                id = Long.parseLong(Json.text(r, "resource_id"));
            } catch (NumberFormatException e) {
                throw ApiError.notFound();
            }
            targets.add(state.visibleDroplet(id).orElseThrow(ApiError::notFound));
        }
        for (Droplet d : targets) {
            List<String> tags = new ArrayList<>(d.tags());
            tags.removeIf(t -> t.equalsIgnoreCase(tag));
            if (add) {
                tags.add(tag);
            }
            state.droplets.put(d.id(), d.withTags(tags));
        }
        return ApiResponse.noContent();
    }
}
