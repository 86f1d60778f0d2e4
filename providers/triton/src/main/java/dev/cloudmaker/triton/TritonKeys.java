package dev.cloudmaker.triton;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account SSH keys; Triton installs every one of them on new machines itself. A key's id is its MD5 fingerprint
 * (CloudAPI finds keys by name or fingerprint), it is held to the public-key blob, and cloudmaker's names are
 * {@link CloudmakerTags#name(Named)} (CloudAPI takes any key name).
 */
final class TritonKeys implements Keys {
    private final CloudApi api;

    TritonKeys(CloudApi api) {
        this.api = api;
    }

    @Override
    public Optional<CloudKey> find(SshPublicKey key) {
        return ApiCalls.orEmpty(() -> api.get("/keys/" + CloudApi.segment(key.md5Fingerprint()), KeyDto.class))
                .map(TritonKeys::key).filter(k -> k.holds(key));
    }

    @Override
    public CloudKey create(Named name, SshPublicKey key) {
        ObjectNode body = Json.object().put("name", CloudmakerTags.name(name)).put("key", key.line());
        try {
            return key(api.post("/keys", body, KeyDto.class));
        } catch (ApiException e) {
            // "key already exists", or a lost answer: the key registered first is the one to use
            Optional<CloudKey> found = find(key);
            if (found.isPresent()) {
                return found.get();
            }
            throw e;
        }
    }

    @Override
    public List<CloudKey> list() {
        return api.list("/keys", Map.of(), KeyDto.class).stream().map(TritonKeys::key).toList();
    }

    @Override
    public void delete(String keyId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/keys/" + CloudApi.segment(keyId)));
    }

    private static CloudKey key(KeyDto k) {
        return new CloudKey(k.fingerprint(), k.name(), k.fingerprint(), k.key(), CloudmakerTags.named(k.name()));
    }
}
