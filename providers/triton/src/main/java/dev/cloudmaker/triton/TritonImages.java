package dev.cloudmaker.triton;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.time.Waiter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account's own images, made with CreateImageFromMachine: named {@link CloudmakerTags#name(Named)}, with the
 * time as the version CloudAPI requires. An image is {@code creating} until it is {@code active}; a {@code failed}
 * one ends the wait at once.
 */
final class TritonImages implements Images {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd.HHmmss").withZone(ZoneOffset.UTC);

    private final CloudApi api;
    private final Clock clock;

    TritonImages(CloudApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Override
    public ImageInfo snapshot(String serverId, Named name, Duration timeout) {
        ObjectNode body = Json.object().put("machine", serverId).put("name", CloudmakerTags.name(name))
                .put("version", VERSION.format(clock.instant()));
        ImageDto made = api.post("/images", body, ImageDto.class);
        ImageDto ready = Waiter.waitingFor("image " + made.name() + " of machine " + serverId + " to be active", timeout)
                .polling(Duration.ofMillis(100), Duration.ofSeconds(5))
                .until(() -> api.get("/images/" + made.id(), ImageDto.class), i -> "active".equals(i.state()),
                        i -> "failed".equals(i.state()) ? Optional.of("CloudAPI says image " + i.id() + " failed")
                                : Optional.empty(),
                        ImageDto::state);
        return own(ready);
    }

    @Override
    public List<ImageInfo> list() {
        return api.list("/images", Map.of("public", "false"), ImageDto.class).stream()
                .filter(i -> !i.isPublic()).map(TritonImages::own).toList();
    }

    @Override
    public void delete(String imageId) {
        if (!MachineServers.isUuid(imageId)) {
            throw new CloudmakerException("\"" + imageId + "\" is no Triton image id (a UUID)");
        }
        ApiCalls.ignoreNotFound(() -> api.delete("/images/" + imageId));
    }

    private static ImageInfo own(ImageDto i) {
        return new ImageInfo(i.id(), null, i.name(), i.os() == null ? "" : i.os(), "snapshot", List.of(),
                CloudmakerTags.named(i.name()));
    }
}
