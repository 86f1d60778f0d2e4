package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Duration;
import java.util.ArrayList;
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

    public DigitalOceanProvider(JsonApiClient client) {
        this.client = client;
        this.api = new DigitalOceanApi(client);
        this.catalog = new DigitalOceanCatalog(api);
        this.dns = new DigitalOceanDns(api);
        this.actions = new DropletActions(api);
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
        try {
            return Optional.of(key(api.get("/v2/account/keys/" + key.md5Fingerprint()).path("ssh_key")));
        } catch (ApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
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
        body.put("region", first.region()).put("size", first.size()).put("image", first.image())
                .put("backups", first.backups()).put("ipv6", first.ipv6()).put("monitoring", first.monitoring());
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
        try {
            api.delete("/v2/droplets/" + serverId);
        } catch (ApiException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    /** Resizing needs the droplet off; {@code disk: false} keeps the disk so the resize can be undone. */
    @Override
    public void resizeServer(String serverId, String size, Duration timeout) {
        CloudServer before = DropletMapper.toServer(api.get("/v2/droplets/" + serverId).path("droplet"));
        if (before.status() != ServerStatus.OFF) {
            actions.run(serverId, Json.object().put("type", "power_off"), timeout);
        }
        actions.run(serverId, Json.object().put("type", "resize").put("size", size).put("disk", false), timeout);
        if (before.status() != ServerStatus.OFF) {
            actions.run(serverId, Json.object().put("type", "power_on"), timeout);
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

    private static CloudKey key(com.fasterxml.jackson.databind.JsonNode k) {
        return new CloudKey(k.path("id").asText(), k.path("name").asText(), k.path("fingerprint").asText(),
                k.path("public_key").asText());
    }

    // Lifecycle operations of issue 4: being implemented on their own branches; nothing calls them yet.
    @Override
    public java.util.Optional<CloudServer> getServer(String serverId) {
        throw new UnsupportedOperationException("getServer is not implemented yet");
    }

    @Override
    public void power(String serverId, dev.cloudmaker.core.spi.PowerAction action, java.time.Duration timeout) {
        throw new UnsupportedOperationException("power is not implemented yet");
    }

    @Override
    public dev.cloudmaker.core.spi.ImageInfo snapshotServer(String serverId, String imageName, java.time.Duration timeout) {
        throw new UnsupportedOperationException("snapshotServer is not implemented yet");
    }

    @Override
    public List<dev.cloudmaker.core.spi.ImageInfo> listSnapshots() {
        throw new UnsupportedOperationException("listSnapshots is not implemented yet");
    }

    @Override
    public void deleteSnapshot(String imageId) {
        throw new UnsupportedOperationException("deleteSnapshot is not implemented yet");
    }

    @Override
    public void tagServer(String serverId, String tag) {
        throw new UnsupportedOperationException("tagServer is not implemented yet");
    }

    @Override
    public void untagServer(String serverId, String tag) {
        throw new UnsupportedOperationException("untagServer is not implemented yet");
    }

    /** Every page of the account's keys, each with its public key line. */
    @Override
    public List<CloudKey> listKeys() {
        return api.list("/v2/account/keys", Map.of(), "ssh_keys").stream().map(DigitalOceanProvider::key).toList();
    }

    /** The API takes an id or a fingerprint; a key already gone is not an error. */
    @Override
    public void deleteKey(String keyId) {
        try {
            api.delete("/v2/account/keys/" + keyId);
        } catch (ApiException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }
}
