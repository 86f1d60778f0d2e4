package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.spi.CloudmakerTags;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.BatchCreate;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Droplets. Marks are tags ({@link CloudmakerTags}); a create sends one {@code name}, a batch up to ten
 * {@code names}. The request's idempotency key is not sent: DigitalOcean has no such parameter, so a lost
 * create answer is settled by the engine looking for the droplet by name.
 */
final class DropletServers implements Servers, BatchCreate {
    /** DigitalOcean's multi-create takes at most ten names. */
    static final int MAX_NAMES_PER_CREATE = 10;

    private final DigitalOceanApi api;
    private final DropletActions actions;
    private final DropletPower power;

    DropletServers(DigitalOceanApi api) {
        this.api = api;
        this.actions = new DropletActions(api);
        this.power = new DropletPower(actions, id -> get(id).orElseThrow(
                () -> new CloudmakerException("no droplet with id " + id + " (it was deleted, or never existed)")));
    }

    @Override
    public List<CloudServer> list(String namespace) {
        return api.list("/v2/droplets", Map.of("tag_name", CloudmakerTags.namespaceTag(namespace)), "droplets").stream()
                .map(d -> DropletMapper.toServer(d, namespace)).toList();
    }

    @Override
    public List<CloudServer> listAll() {
        return api.list("/v2/droplets", Map.of(), "droplets").stream().map(DropletMapper::toServer).toList();
    }

    /** A droplet's id is a JSON number. */
    @Override
    public boolean numericIds() {
        return true;
    }

    @Override
    public Optional<CloudServer> get(String serverId) {
        return ApiCalls.orEmpty(() -> DropletMapper.toServer(api.get("/v2/droplets/" + serverId).path("droplet")));
    }

    @Override
    public CloudServer create(ServerRequest request) {
        return create(List.of(request)).getFirst();
    }

    @Override
    public Optional<BatchCreate> batch() {
        return Optional.of(this);
    }

    @Override
    public int maxPerCall() {
        return MAX_NAMES_PER_CREATE;
    }

    @Override
    public List<CloudServer> create(List<ServerRequest> sameShape) {
        if (sameShape.isEmpty() || sameShape.size() > MAX_NAMES_PER_CREATE) {
            throw new IllegalArgumentException("one create call takes 1 to " + MAX_NAMES_PER_CREATE + " servers");
        }
        ServerRequest first = sameShape.get(0);
        ObjectNode body = Json.object();
        if (sameShape.size() == 1) {
            body.put("name", first.name());
        } else {
            ArrayNode names = body.putArray("names");
            sameShape.forEach(r -> names.add(r.name()));
        }
        body.put("region", first.region()).put("size", first.size());
        // a private image (snapshot) is named by its numeric id, which the API takes as a number
        if (first.image().matches("\\d+")) {
            body.put("image", Long.parseLong(first.image()));
        } else {
            body.put("image", first.image());
        }
        body.put("backups", first.backups()).put("ipv6", first.ipv6()).put("monitoring", first.monitoring());
        ArrayNode keys = body.putArray("ssh_keys");
        first.keyIds().forEach(id -> keys.add(Long.parseLong(id)));
        ArrayNode tags = body.putArray("tags");
        if (first.namespace() != null) {
            tags.add(CloudmakerTags.namespaceTag(first.namespace()));
        }
        first.tags().stream().filter(CloudmakerTags::isUserTag).forEach(tags::add);
        if (first.vpcUuid() != null) {
            body.put("vpc_uuid", first.vpcUuid());
        }
        if (first.userData() != null) {
            body.put("user_data", first.userData());
        }
        var answer = api.post("/v2/droplets", body);
        List<CloudServer> created = new ArrayList<>();
        if (answer.has("droplet")) {
            created.add(DropletMapper.toServer(answer.path("droplet"), first.namespace()));
        }
        answer.path("droplets").forEach(d -> created.add(DropletMapper.toServer(d, first.namespace())));
        return created;
    }

    @Override
    public void delete(String serverId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/v2/droplets/" + serverId));
    }

    /** See {@link DropletPower}: STOP waits for the clean shutdown so it can fall back to a power-off. */
    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        power.change(serverId, action, timeout);
    }

    /** Resizing needs the droplet off; {@code disk: false} keeps the disk so the resize can be undone. */
    @Override
    public void resize(String serverId, String size, Duration timeout) {
        CloudServer before = DropletMapper.toServer(api.get("/v2/droplets/" + serverId).path("droplet"));
        if (before.status() != ServerStatus.OFF) {
            actions.run(serverId, DropletActions.ofType("power_off"), timeout);
        }
        actions.run(serverId, DropletActions.ofType("resize").put("size", size).put("disk", false), timeout);
        if (before.status() != ServerStatus.OFF) {
            actions.run(serverId, DropletActions.ofType("power_on"), timeout);
        }
    }

    /**
     * Marks are tags. Tagging needs the tag to exist: it is created when the first attempt says it does not.
     * A tag that does not exist tags nothing, so there is nothing to remove.
     */
    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        String tag = CloudmakerTags.tag(mark);
        if (!on) {
            ApiCalls.ignoreNotFound(() -> api.client().send(
                    new ApiRequest("DELETE", "/v2/tags/" + tag + "/resources", Map.of(), dropletResource(serverId))));
            return;
        }
        try {
            api.post("/v2/tags/" + tag + "/resources", dropletResource(serverId));
        } catch (ApiException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            api.post("/v2/tags", Json.object().put("name", tag));
            api.post("/v2/tags/" + tag + "/resources", dropletResource(serverId));
        }
    }

    private static ObjectNode dropletResource(String serverId) {
        ObjectNode body = Json.object();
        body.putArray("resources").addObject().put("resource_id", serverId).put("resource_type", "droplet");
        return body;
    }
}
