package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Glance v2 images: an image named by cloudmaker is the newest active one of that name (clouds publish a new
 * "Ubuntu 24.04" without retiring the old, and ids change, as bootmachine found on Rackspace), or the one with that id.
 * An image found is kept for the provider's life (one run): a plan checks every server's image and each create needs
 * its id, and asking Glance for each would make a no-op re-run's calls grow with servers. A snapshot made or deleted
 * through the provider is forgotten, so that its name finds the newest one again.
 */
final class GlanceImages {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final OpenStackApi api;
    private final Map<String, JsonNode> found = new ConcurrentHashMap<>();

    GlanceImages(OpenStackApi api) {
        this.api = api;
    }

    static boolean isUuid(String value) {
        return value != null && UUID.matcher(value).matches();
    }

    /** The image with this id, else the newest active image with this name; asked of Glance once per run (misses again). */
    Optional<JsonNode> find(String nameOrId) {
        return Optional.ofNullable(found.computeIfAbsent(nameOrId, key -> lookUp(key).orElse(null)));
    }

    /** Forgets the image found for this name or id, and every name that found the image with this id. */
    void forget(String nameOrId) {
        found.entrySet().removeIf(e -> e.getKey().equals(nameOrId) || nameOrId.equals(e.getValue().path("id").asText()));
    }

    private Optional<JsonNode> lookUp(String nameOrId) {
        if (isUuid(nameOrId)) {
            Optional<JsonNode> byId = ApiCalls.orEmpty(() -> api.get(Service.IMAGE, "/images/" + nameOrId));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return api.list(Service.IMAGE, "/images", Map.of("name", nameOrId, "status", "active"), "images").stream()
                .filter(i -> nameOrId.equals(i.path("name").asText()) && "active".equals(i.path("status").asText()))
                .max(Comparator.comparing(i -> i.path("created_at").asText("")));
    }

    List<JsonNode> active() {
        return api.list(Service.IMAGE, "/images", Map.of("status", "active"), "images");
    }

    static ImageInfo info(JsonNode i, String region) {
        String name = i.path("name").asText(null);
        boolean snapshot = "snapshot".equals(i.path("image_type").asText());
        Double sizeGb = i.hasNonNull("size") ? i.get("size").asLong() / 1e9 : null;
        return new ImageInfo(i.path("id").asText(), snapshot ? null : name, name, i.path("os_distro").asText(null),
                snapshot ? "snapshot" : "base", region == null ? List.of() : List.of(region),
                CloudmakerTags.named(name), i.path("instance_uuid").asText(null), sizeGb, created(i.path("created_at").asText(null)));
    }

    private static Instant created(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
