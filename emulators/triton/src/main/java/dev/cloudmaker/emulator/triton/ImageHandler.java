package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Images and packages: the catalogue with CloudAPI's filters, and CreateImageFromMachine, whose image is
 * {@code creating} for the action duration before it is {@code active}.
 */
final class ImageHandler {
    private final TritonState state;
    private final MachineLookup machines;

    ImageHandler(TritonState state, MachineLookup machines) {
        this.state = state;
        this.machines = machines;
    }

    void register(PathRouter<TritonEndpoint> router) {
        router.add("GET", "/{}/images", "images", this::listImages)
                .add("POST", "/{}/images", "images", this::createFromMachine)
                .add("GET", "/{}/images/{}", "images", r -> ApiResponse.json(200, Views.image(image(r.param(1)))))
                .add("DELETE", "/{}/images/{}", "images", this::deleteImage)
                .add("GET", "/{}/packages", "packages", this::listPackages)
                .add("GET", "/{}/packages/{}", "packages", r -> ApiResponse.json(200, Views.pkg(
                        Catalog.pkg(r.param(1)).orElseThrow(() -> TritonError.notFound(r.param(1) + " not found")))));
    }

    private ApiResponse listImages(TritonRequest r) {
        String wantedState = r.text("state") == null ? "active" : r.text("state");
        Map<String, Function<TritonImage, String>> filters = Map.of("name", TritonImage::name, "os", TritonImage::os,
                "version", TritonImage::version, "type", TritonImage::type, "owner", TritonImage::owner,
                "public", i -> Boolean.toString(i.publicImage()));
        List<TritonImage> images = state.images().stream()
                .filter(i -> wantedState.equals("all") || i.state().equals(wantedState))
                .filter(i -> filters.entrySet().stream().allMatch(f -> r.text(f.getKey()) == null
                        || r.text(f.getKey()).equals(f.getValue().apply(i))))
                .sorted(Comparator.comparing(TritonImage::publishedAt)).toList();
        return ApiResponse.json(200, Json.array(images.stream().map(Views::image).toList()));
    }

    private ApiResponse listPackages(TritonRequest r) {
        Map<String, Function<TritonPackage, String>> filters = Map.of("name", TritonPackage::name,
                "memory", p -> Long.toString(p.memory()), "disk", p -> Long.toString(p.disk()),
                "swap", p -> Long.toString(p.swap()), "lwps", p -> Integer.toString(p.lwps()),
                "vcpus", p -> Integer.toString(p.vcpus()), "version", TritonPackage::version, "group", TritonPackage::group);
        List<TritonPackage> packages = Catalog.PACKAGES.stream()
                .filter(p -> filters.entrySet().stream().allMatch(f -> r.text(f.getKey()) == null
                        || wildcard(r.text(f.getKey()), f.getValue().apply(p))))
                .toList();
        return ApiResponse.json(200, Json.array(packages.stream().map(Views::pkg).toList()));
    }

    /** {@code *} matches any run of characters (CloudAPI 8.1.1 on). */
    private static boolean wildcard(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        return value.toLowerCase(Locale.ROOT).matches(regex.substring(0, regex.length() - 2));
    }

    private ApiResponse createFromMachine(TritonRequest r) {
        for (String required : List.of("machine", "name", "version")) {
            if (r.text(required) == null) {
                throw TritonError.missingParameter(required + " is a required argument");
            }
        }
        Machine m = machines.live(r.text("machine"));
        TritonImage origin = state.image(m.image).orElseThrow();
        String id = state.newId();
        TritonImage image = new TritonImage(id, r.text("name"), r.text("version"), origin.os(), origin.type(),
                origin.brand(), r.text("description") == null ? "" : r.text("description"), state.now(),
                state.accountId, false, "creating", state.now().plus(state.config.actionDuration()));
        state.ownImages.put(id, image);
        m.record("create_image", state.now(), r.caller());
        return ApiResponse.json(201, Views.image(image)).withHeader("location", "/" + state.config.login() + "/images/" + id);
    }

    private ApiResponse deleteImage(TritonRequest r) {
        TritonImage image = image(r.param(1));
        if (!state.ownImages.containsKey(image.id())) {
            throw new TritonError(403, "NotAuthorized", "You do not have permission to delete image " + image.id());
        }
        state.ownImages.remove(image.id());
        return ApiResponse.noContent();
    }

    private TritonImage image(String id) {
        return state.image(id).orElseThrow(() -> TritonError.notFound("Image " + id + " not found"));
    }
}
