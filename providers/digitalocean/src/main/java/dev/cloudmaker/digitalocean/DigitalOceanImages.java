package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.spi.CloudmakerTags;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Droplet snapshots, named {@link CloudmakerTags#name(Named)}. */
final class DigitalOceanImages implements Images {
    private final DigitalOceanApi api;
    private final DropletActions actions;

    DigitalOceanImages(DigitalOceanApi api) {
        this.api = api;
        this.actions = new DropletActions(api);
    }

    /** A snapshot action, then the snapshot found among the droplet's by name (the newest of that name). */
    @Override
    public ImageInfo snapshot(String serverId, Named name, Duration timeout) {
        String imageName = CloudmakerTags.name(name);
        actions.run(serverId, DropletActions.ofType("snapshot").put("name", imageName), timeout);
        JsonNode made = api.list("/v2/droplets/" + serverId + "/snapshots", Map.of(), "snapshots").stream()
                .filter(s -> s.path("name").asText().equals(imageName) && !"backup".equals(s.path("type").asText()))
                .max(Comparator.comparing((JsonNode s) -> s.path("created_at").asText()).thenComparing(s -> s.path("id").asLong()))
                .orElseThrow(() -> new CloudmakerException("the snapshot of droplet " + serverId + " finished, but no snapshot named "
                        + imageName + " is listed for it"));
        return snapshot(made, serverId);
    }

    @Override
    public List<ImageInfo> list() {
        return api.list("/v2/snapshots", Map.of("resource_type", "droplet"), "snapshots").stream()
                .map(s -> snapshot(s, s.path("resource_id").asText(null))).toList();
    }

    @Override
    public void delete(String imageId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/v2/snapshots/" + imageId));
    }

    /** A droplet snapshot as listed under /v2/snapshots or a droplet's snapshots (of {@code dropletId}); it has no slug. */
    private static ImageInfo snapshot(JsonNode s, String dropletId) {
        List<String> regions = new ArrayList<>();
        s.path("regions").forEach(r -> regions.add(r.asText()));
        String name = s.path("name").asText();
        Double size = s.path("size_gigabytes").isNumber() ? s.path("size_gigabytes").asDouble() : null;
        return new ImageInfo(s.path("id").asText(), null, name, "", "snapshot", regions, CloudmakerTags.named(name),
                dropletId, size, createdAt(s.path("created_at").asText(null)));
    }

    private static Instant createdAt(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
