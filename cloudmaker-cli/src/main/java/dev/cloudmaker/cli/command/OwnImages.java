package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Provider;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code images --mine}: the account's own images (snapshots) on each provider, whoever made them, with the
 * server each was made from (by name while that server exists). An image this namespace made is shown by the
 * name `recreate --from` and `image delete` take; any other by the name the account gives it.
 */
final class OwnImages {
    private final Session session;

    OwnImages(Session session) {
        this.session = session;
    }

    /** One image and where it came from. */
    record Row(String provider, ImageInfo image, String namespaceName, String source) {
        String name() {
            return image.named() != null && image.named().namespace().equals(namespaceName) ? image.named().name() : image.name();
        }

        String namespace() {
            return image.named() == null ? null : image.named().namespace();
        }

        String size() {
            return image.sizeGb() == null ? null : String.format(Locale.ROOT, "%.2f GB", image.sizeGb());
        }

        String created() {
            return image.createdAt() == null ? null : image.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }

    List<Row> rows(List<String> providers) {
        String ns = session.namespaceName();
        return providers.stream().flatMap(p -> {
            Provider provider = session.provider(p);
            List<ImageInfo> images = provider.images().list();
            Map<String, String> servers = images.stream().anyMatch(i -> i.sourceServerId() != null)
                    ? provider.servers().listAll().stream().collect(Collectors.toMap(CloudServer::id, CloudServer::name, (a, b) -> a))
                    : Map.of();
            return images.stream().map(i -> new Row(p, i, ns, source(i, servers)));
        }).toList();
    }

    private static String source(ImageInfo image, Map<String, String> servers) {
        if (image.sourceServerId() == null) {
            return null;
        }
        String name = servers.get(image.sourceServerId());
        return name != null ? name + " (id " + image.sourceServerId() + ")" : "id " + image.sourceServerId() + " (gone)";
    }

    void print(List<Row> rows) {
        if (session.options().json()) {
            ObjectNode doc = Json.object().put("namespace", session.namespaceName());
            ArrayNode images = doc.putArray("images");
            rows.forEach(r -> images.addObject().put("provider", r.provider()).put("id", r.image().id()).put("name", r.name())
                    .put("account_name", r.image().name()).put("namespace", r.namespace())
                    .put("source_server_id", r.image().sourceServerId())
                    .put("source_server", r.image().sourceServerId() == null ? null : Objects.toString(r.source()))
                    .put("size_gb", r.image().sizeGb()).put("created_at", r.created()));
            session.json().write(doc);
            return;
        }
        if (!rows.isEmpty()) {
            Table table = new Table("PROVIDER", "ID", "NAME", "NAMESPACE", "MADE FROM", "SIZE", "CREATED");
            rows.forEach(r -> table.row(r.provider(), r.image().id(), r.name(), r.namespace(), r.source(), r.size(), r.created()));
            table.print(session.out());
        }
        session.err().println(rows.size() + " image(s) of the account; `cloudmaker image delete NAME|ID` deletes one of namespace "
                + session.namespaceName() + "'s.");
    }
}
