package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;

/** SSH keys under /v2/account/keys, addressed by id or fingerprint. */
final class KeyHandler {
    private final State state;

    KeyHandler(State state) {
        this.state = state;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/account/keys", "keys", req -> ApiResponse.json(200,
                        Views.list("ssh_keys", List.copyOf(state.keys.values()), Views::key, req)))
                .add("POST", "/v2/account/keys", "keys", this::create)
                .add("GET", "/v2/account/keys/{}", "keys", req -> ApiResponse.json(200,
                        Views.wrap("ssh_key", Views.key(find(req.param(0))))))
                .add("PUT", "/v2/account/keys/{}", "keys", this::update)
                .add("DELETE", "/v2/account/keys/{}", "keys", req -> {
                    state.keys.remove(find(req.param(0)).id());
                    return ApiResponse.noContent();
                });
    }

    private ApiResponse create(ApiRequest req) {
        String name = Json.text(req.body(), "name");
        String publicKey = Json.text(req.body(), "public_key");
        if (name == null || name.isBlank()) {
            throw ApiError.unprocessable("Name can't be blank");
        }
        String fingerprint;
        try {
            fingerprint = SshPublicKey.parse(publicKey).md5Fingerprint();
        } catch (IllegalArgumentException e) {
            throw ApiError.unprocessable("Key invalid, key should be of the format `type key [comment]`");
        }
        if (state.keys.values().stream().anyMatch(k -> k.fingerprint().equals(fingerprint))) {
            throw ApiError.unprocessable("SSH Key is already in use on your account");
        }
        SshKey key = new SshKey(state.newId(), name, fingerprint, publicKey.trim());
        state.keys.put(key.id(), key);
        return ApiResponse.json(201, Views.wrap("ssh_key", Views.key(key)));
    }

    private ApiResponse update(ApiRequest req) {
        SshKey key = find(req.param(0));
        String name = Json.text(req.body(), "name");
        SshKey updated = new SshKey(key.id(), name == null ? key.name() : name, key.fingerprint(), key.publicKey());
        state.keys.put(key.id(), updated);
        return ApiResponse.json(200, Views.wrap("ssh_key", Views.key(updated)));
    }

    SshKey find(String idOrFingerprint) {
        return state.keys.values().stream()
                .filter(k -> k.fingerprint().equals(idOrFingerprint) || Long.toString(k.id()).equals(idOrFingerprint))
                .findFirst().orElseThrow(ApiError::notFound);
    }
}
