package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** DigitalOcean droplets, SSH keys, DNS and catalogue through API v2. */
public final class DigitalOceanProvider implements Provider {
    /** DigitalOcean's multi-create takes at most ten names. */
    static final int MAX_NAMES_PER_CREATE = 10;

    private final JsonApiClient client;
    private final DigitalOceanApi api;
    private final DigitalOceanCatalog catalog;
    private final DigitalOceanDns dns;
    private final DropletActions actions;
    private final DropletPower power;

    public DigitalOceanProvider(JsonApiClient client) {
        this.client = client;
        this.api = new DigitalOceanApi(client);
        this.catalog = new DigitalOceanCatalog(api);
        this.dns = new DigitalOceanDns(api);
        this.actions = new DropletActions(api);
        this.power = new DropletPower(actions, id -> getServer(id).orElseThrow(
                () -> new CloudmakerException("no droplet with id " + id + " (it was deleted, or never existed)")));
    }

    @Override
    public String name() {
        return "digitalocean";
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Optional<DnsProvider> dns() {
        return Optional.of(dns);
    }

    @Override
    public Optional<CloudKey> findKey(SshPublicKey key) {
        return ApiCalls.orEmpty(() -> key(api.get("/v2/account/keys/" + key.md5Fingerprint()).path("ssh_key")));
    }

    @Override
    public CloudKey createKey(String name, SshPublicKey key) {
        ObjectNode body = Json.object().put("name", name).put("public_key", key.line());
        try {
            return key(api.post("/v2/account/keys", body).path("ssh_key"));
        } catch (ApiException e) {
            // another run (or a lost reply) registered it first: use that one
            if (DigitalOceanErrors.isKeyInUse(e) || e.outcomeUnknown()) {
                Optional<CloudKey> found = findKey(key);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            throw e;
        }
    }

    @Override
    public List<CloudServer> listServers(String namespaceTag) {
        return api.list("/v2/droplets", Map.of("tag_name", namespaceTag), "droplets").stream()
                .map(DropletMapper::toServer).toList();
    }

    @Override
    public List<CloudServer> listAllServers() {
        return api.list("/v2/droplets", Map.of(), "droplets").stream().map(DropletMapper::toServer).toList();
    }

    @Override
    public int maxServersPerCreate() {
        return MAX_NAMES_PER_CREATE;
    }

    @Override
    public List<CloudServer> createServers(List<ServerRequest> sameShape) {
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
        first.tags().forEach(tags::add);
        if (first.vpcUuid() != null) {
            body.put("vpc_uuid", first.vpcUuid());
        }
        if (first.userData() != null) {
            body.put("user_data", first.userData());
        }
        var answer = api.post("/v2/droplets", body);
        List<CloudServer> created = new ArrayList<>();
        if (answer.has("droplet")) {
            created.add(DropletMapper.toServer(answer.path("droplet")));
        }
        answer.path("droplets").forEach(d -> created.add(DropletMapper.toServer(d)));
        return created;
    }

    @Override
    public void deleteServer(String serverId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/v2/droplets/" + serverId));
    }

    /** Resizing needs the droplet off; {@code disk: false} keeps the disk so the resize can be undone. */
    @Override
    public void resizeServer(String serverId, String size, Duration timeout) {
        CloudServer before = DropletMapper.toServer(api.get("/v2/droplets/" + serverId).path("droplet"));
        if (before.status() != ServerStatus.OFF) {
            actions.run(serverId, DropletActions.ofType("power_off"), timeout);
        }
        actions.run(serverId, DropletActions.ofType("resize").put("size", size).put("disk", false), timeout);
        if (before.status() != ServerStatus.OFF) {
            actions.run(serverId, DropletActions.ofType("power_on"), timeout);
        }
    }

    @Override
    public CallStats callStats() {
        return client.stats();
    }

    @Override
    public void close() {
        client.close();
    }

    private static CloudKey key(JsonNode k) {
        return new CloudKey(k.path("id").asText(), k.path("name").asText(), k.path("fingerprint").asText(),
                k.path("public_key").asText());
    }

    @Override
    public Optional<CloudServer> getServer(String serverId) {
        return ApiCalls.orEmpty(() -> DropletMapper.toServer(api.get("/v2/droplets/" + serverId).path("droplet")));
    }

    /** See {@link DropletPower}: STOP waits for the clean shutdown so it can fall back to a power-off. */
    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        power.change(serverId, action, timeout);
    }

    /** A snapshot action, then the snapshot found among the droplet's by name (the newest of that name). */
    @Override
    public ImageInfo snapshotServer(String serverId, String imageName, Duration timeout) {
        actions.run(serverId, DropletActions.ofType("snapshot").put("name", imageName), timeout);
        JsonNode made = api.list("/v2/droplets/" + serverId + "/snapshots", Map.of(), "snapshots").stream()
                .filter(s -> s.path("name").asText().equals(imageName) && !"backup".equals(s.path("type").asText()))
                .max(Comparator.comparing((JsonNode s) -> s.path("created_at").asText()).thenComparing(s -> s.path("id").asLong()))
                .orElseThrow(() -> new CloudmakerException("the snapshot of droplet " + serverId + " finished, but no snapshot named "
                        + imageName + " is listed for it"));
        return snapshot(made);
    }

    @Override
    public List<ImageInfo> listSnapshots() {
        return api.list("/v2/snapshots", Map.of("resource_type", "droplet"), "snapshots").stream()
                .map(DigitalOceanProvider::snapshot).toList();
    }

    @Override
    public void deleteSnapshot(String imageId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/v2/snapshots/" + imageId));
    }

    /** Tagging needs the tag to exist: it is created when the first attempt says it does not. */
    @Override
    public void tagServer(String serverId, String tag) {
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

    /** A tag that does not exist tags nothing, so there is nothing to remove. */
    @Override
    public void untagServer(String serverId, String tag) {
        ApiCalls.ignoreNotFound(() -> api.client().send(
                new ApiRequest("DELETE", "/v2/tags/" + tag + "/resources", Map.of(), dropletResource(serverId))));
    }

    private static ObjectNode dropletResource(String serverId) {
        ObjectNode body = Json.object();
        body.putArray("resources").addObject().put("resource_id", serverId).put("resource_type", "droplet");
        return body;
    }

    /** A droplet snapshot as listed under /v2/snapshots or a droplet's snapshots; it has no slug. */
    private static ImageInfo snapshot(JsonNode s) {
        List<String> regions = new ArrayList<>();
        s.path("regions").forEach(r -> regions.add(r.asText()));
        return new ImageInfo(s.path("id").asText(), null, s.path("name").asText(), "", "snapshot", regions);
    }

    /** Every page of the account's keys, each with its public key line. */
    @Override
    public List<CloudKey> listKeys() {
        return api.list("/v2/account/keys", Map.of(), "ssh_keys").stream().map(DigitalOceanProvider::key).toList();
    }

    /** The API takes an id or a fingerprint; a key already gone is not an error. */
    @Override
    public void deleteKey(String keyId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/v2/account/keys/" + keyId));
    }
}
