package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.regex.Pattern;

/**
 * Nova's key pairs: created from a public key kept byte for byte (or generated, with the private key in the
 * answer), 200 at 2.1 and 201 from 2.2, listed with each item wrapped in {@code {"keypair":...}}, deleted with 202 at
 * 2.1 and 204 from 2.2. Names are letters, digits, spaces, {@code _ - . @} (no {@code :}); a taken name is 409.
 */
final class KeypairHandler {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9 _.@-]{1,255}");
    private final OpenStackState state;

    KeypairHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/compute/v2.1/os-keypairs";
        router.add("GET", p, "keypairs", this::list)
                .add("POST", p, "keypairs", this::create)
                .add("GET", p + "/{}", "keypairs", r -> ApiResponse.json(200, Json.object().set("keypair", detail(find(r), r))))
                .add("DELETE", p + "/{}", "keypairs", r -> {
                    state.keypairs.remove(find(r).name());
                    return r.atLeast("2.2") ? ApiResponse.noContent() : new ApiResponse(202, null, new byte[0]);
                });
    }

    private Keypair find(OsRequest r) {
        String name = r.param(0);
        Keypair k = state.keypairs.get(name);
        if (k == null) {
            throw OsError.notFound("itemNotFound", "Keypair " + name + " not found for user " + state.config.userId());
        }
        return k;
    }

    private ApiResponse create(OsRequest r) {
        JsonNode body = r.required("keypair");
        String name = Json.text(body, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw OsError.badRequest("Keypair data is invalid: Keypair name contains unsafe characters");
        }
        if (state.keypairs.containsKey(name)) {
            throw OsError.conflict("conflictingRequest", "Key pair '" + name + "' already exists.");
        }
        String type = r.atLeast("2.2") && body.hasNonNull("type") ? body.get("type").asText() : "ssh";
        if (!type.equals("ssh") && !type.equals("x509")) {
            throw OsError.badRequest("Invalid input for field/attribute type. Value: " + type);
        }
        String publicKey = Json.text(body, "public_key");
        String privateKey = null;
        if (publicKey == null) {
            GeneratedKey generated = GeneratedKey.rsa();
            publicKey = generated.publicLine();
            privateKey = generated.privatePem();
        }
        String fingerprint;
        try {
            fingerprint = SshPublicKey.parse(publicKey.strip()).md5Fingerprint();
        } catch (IllegalArgumentException e) {
            throw OsError.badRequest("Keypair data is invalid: failed to generate fingerprint");
        }
        Keypair k = new Keypair(name, publicKey, fingerprint, type, state.config.userId(), state.now(),
                state.keypairs.size() + 1L);
        state.keypairs.put(name, k);
        ObjectNode out = brief(k, r).put("user_id", k.userId());
        if (privateKey != null) {
            out.put("private_key", privateKey);
        }
        return ApiResponse.json(r.atLeast("2.2") ? 201 : 200, Json.object().set("keypair", out));
    }

    private ApiResponse list(OsRequest r) {
        ArrayNode items = Json.array();
        state.keypairs.values().forEach(k -> items.addObject().set("keypair", brief(k, r)));
        return ApiResponse.json(200, Json.object().set("keypairs", items));
    }

    private static ObjectNode brief(Keypair k, OsRequest r) {
        ObjectNode o = Json.object().put("name", k.name()).put("public_key", k.publicKey()).put("fingerprint", k.fingerprint());
        if (r.atLeast("2.2")) {
            o.put("type", k.type());
        }
        return o;
    }

    private static ObjectNode detail(Keypair k, OsRequest r) {
        ObjectNode o = brief(k, r).put("user_id", k.userId()).put("id", k.number()).put("deleted", false)
                .put("created_at", Json.micros(k.created()));
        o.putNull("updated_at");
        o.putNull("deleted_at");
        return o;
    }
}
