package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.time.Waiter;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Server snapshots: Nova's createImage (its answer names the new Glance image from 2.45 on), then Glance until the
 * image is active; {@code killed} or {@code deleted} ends the wait at once. The project's snapshots are its private
 * Glance images with {@code image_type: snapshot}, which Nova sets on every image it makes from a server.
 */
final class Snapshots implements Images {
    private final OpenStackApi api;
    private final NovaServers servers;
    private final OpenStackCatalog catalog;
    private final GlanceImages glance;

    Snapshots(OpenStackApi api, NovaServers servers, OpenStackCatalog catalog, GlanceImages glance) {
        this.api = api;
        this.servers = servers;
        this.catalog = catalog;
        this.glance = glance;
    }

    @Override
    public ImageInfo snapshot(String serverId, Named name, Duration timeout) {
        servers.existing(serverId);
        ObjectNode body = Json.object();
        body.putObject("createImage").put("name", CloudmakerTags.name(name)).putObject("metadata");
        String imageId = api.send(Service.COMPUTE, ApiRequest.post("/servers/" + serverId + "/action", body)).json()
                .path("image_id").asText(null);
        if (imageId == null) {
            throw new CloudmakerException("Nova took the snapshot of server " + serverId + " but did not say the new "
                    + "image's id (it answers image_id from microversion 2.45 on); look for image "
                    + CloudmakerTags.name(name) + " in `openstack image list`");
        }
        JsonNode image = Waiter.waitingFor("snapshot " + CloudmakerTags.name(name) + " of server " + serverId
                        + " to be active", timeout).polling(Duration.ofMillis(200), Duration.ofSeconds(5))
                .until(() -> ApiCalls.orEmpty(() -> api.get(Service.IMAGE, "/images/" + imageId)).orElse(null),
                        i -> i != null && "active".equals(i.path("status").asText()),
                        i -> i != null && List.of("killed", "deleted", "pending_delete").contains(i.path("status").asText())
                                ? Optional.of("Glance marked snapshot " + imageId + " " + i.path("status").asText()
                                + " while it was being saved; try again")
                                : Optional.empty(),
                        i -> i == null ? "not listed yet" : i.path("status").asText());
        // active now: the name must find this image, not one a lookup during the save kept
        glance.forget(CloudmakerTags.name(name));
        return GlanceImages.info(image, catalog.region());
    }

    @Override
    public List<ImageInfo> list() {
        String region = catalog.region();
        return api.list(Service.IMAGE, "/images", Map.of("visibility", "private"), "images").stream()
                .filter(i -> "snapshot".equals(i.path("image_type").asText()) || CloudmakerTags.named(i.path("name").asText(null)) != null)
                .map(i -> GlanceImages.info(i, region)).toList();
    }

    @Override
    public void delete(String imageId) {
        glance.forget(imageId);
        if (GlanceImages.isUuid(imageId)) {
            ApiCalls.ignoreNotFound(() -> api.send(Service.IMAGE, ApiRequest.delete("/images/" + imageId)));
        }
    }
}
