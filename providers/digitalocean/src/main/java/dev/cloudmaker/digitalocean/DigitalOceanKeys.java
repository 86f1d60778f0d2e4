package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.spi.CloudmakerTags;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account SSH keys. A key is looked up by its MD5 fingerprint (the API's key id) and then held to the
 * public-key blob; names are {@link CloudmakerTags#name(Named)}.
 */
final class DigitalOceanKeys implements Keys {
    private final DigitalOceanApi api;

    DigitalOceanKeys(DigitalOceanApi api) {
        this.api = api;
    }

    @Override
    public Optional<CloudKey> find(SshPublicKey key) {
        return ApiCalls.orEmpty(() -> key(api.get("/v2/account/keys/" + key.md5Fingerprint()).path("ssh_key")))
                .filter(k -> k.holds(key));
    }

    @Override
    public CloudKey create(Named name, SshPublicKey key) {
        ObjectNode body = Json.object().put("name", CloudmakerTags.name(name)).put("public_key", key.line());
        try {
            return key(api.post("/v2/account/keys", body).path("ssh_key"));
        } catch (ApiException e) {
            // another run (or a lost reply) registered it first: use that one
            if (DigitalOceanErrors.isKeyInUse(e) || e.outcomeUnknown()) {
                Optional<CloudKey> found = find(key);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            throw e;
        }
    }

    /** Every page of the account's keys, each with its public key line. */
    @Override
    public List<CloudKey> list() {
        return api.list("/v2/account/keys", Map.of(), "ssh_keys").stream().map(DigitalOceanKeys::key).toList();
    }

    /** The API takes an id or a fingerprint; a key already gone is not an error. */
    @Override
    public void delete(String keyId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/v2/account/keys/" + keyId));
    }

    private static CloudKey key(JsonNode k) {
        String name = k.path("name").asText();
        return new CloudKey(k.path("id").asText(), name, k.path("fingerprint").asText(), k.path("public_key").asText(),
                CloudmakerTags.named(name));
    }
}
