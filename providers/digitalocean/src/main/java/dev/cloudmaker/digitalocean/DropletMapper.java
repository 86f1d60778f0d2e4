package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.spi.CloudmakerTags;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a droplet of the wire format into a {@link CloudServer}. */
final class DropletMapper {
    private DropletMapper() {
    }

    static CloudServer toServer(JsonNode d) {
        return toServer(d, null);
    }

    /** {@code namespace} is the one listed for, if any: a droplet tagged for several namespaces reports that one. */
    static CloudServer toServer(JsonNode d, String namespace) {
        List<String> tags = new ArrayList<>();
        d.path("tags").forEach(t -> tags.add(t.asText()));
        JsonNode image = d.path("image");
        String imageSlug = image.path("slug").isTextual() ? image.path("slug").asText() : null;
        String size = d.path("size_slug").isTextual() ? d.path("size_slug").asText() : d.path("size").path("slug").asText(null);
        boolean backups = d.path("features").toString().contains("\"backups\"")
                || (d.path("backup_ids").isArray() && !d.path("backup_ids").isEmpty());
        return new CloudServer(
                d.path("id").asText(),
                d.path("name").asText(),
                d.path("region").path("slug").asText(null),
                size,
                imageSlug,
                status(d.path("status").asText("")),
                d.path("locked").asBoolean(false),
                backups,
                tags,
                CloudmakerTags.namespaceOf(tags, namespace),
                tags.contains(CloudmakerTags.POWERED_OFF_TAG),
                networking(d.path("networks")),
                createdAt(d.path("created_at").asText(null)), null,
                d.path("disk").asInt(0));
    }

    private static ServerStatus status(String s) {
        return switch (s) {
            case "new" -> ServerStatus.NEW;
            case "active" -> ServerStatus.ACTIVE;
            case "off" -> ServerStatus.OFF;
            case "archive" -> ServerStatus.ARCHIVED;
            default -> ServerStatus.UNKNOWN;
        };
    }

    private static Networking networking(JsonNode networks) {
        String publicV4 = null;
        String privateV4 = null;
        String publicV6 = null;
        for (JsonNode n : networks.path("v4")) {
            if ("public".equals(n.path("type").asText()) && publicV4 == null) {
                publicV4 = n.path("ip_address").asText(null);
            } else if ("private".equals(n.path("type").asText()) && privateV4 == null) {
                privateV4 = n.path("ip_address").asText(null);
            }
        }
        for (JsonNode n : networks.path("v6")) {
            if ("public".equals(n.path("type").asText()) && publicV6 == null) {
                publicV6 = n.path("ip_address").asText(null);
            }
        }
        return new Networking(publicV4, publicV6, privateV4);
    }

    private static Instant createdAt(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
