package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Nova key pairs of the user; a key pair's id is its name, which is what a server create names. */
final class NovaKeys implements Keys {
    private final OpenStackApi api;

    NovaKeys(OpenStackApi api) {
        this.api = api;
    }

    @Override
    public Optional<CloudKey> find(SshPublicKey key) {
        return list().stream().filter(k -> k.holds(key)).findFirst();
    }

    /** Registers the key; a key pair of that name holding the same key is fine, one holding another is an error. */
    @Override
    public CloudKey create(Named named, SshPublicKey key) {
        String name = KeyNames.name(named);
        ObjectNode body = Json.object();
        body.putObject("keypair").put("name", name).put("public_key", key.line());
        try {
            return key(api.send(Service.COMPUTE, ApiRequest.post("/os-keypairs", body)).json().path("keypair"));
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.CONFLICT) {
                throw e;
            }
            CloudKey existing = ApiCalls.orEmpty(() -> key(api.get(Service.COMPUTE, "/os-keypairs/"
                    + OpenStackApi.segment(name)).path("keypair"))).orElseThrow(() -> e);
            if (!existing.holds(key)) {
                throw new CloudmakerException("the key pair " + name + " already exists with another public key; delete "
                        + "it (openstack keypair delete " + name + ") or rename the key");
            }
            return existing;
        }
    }

    @Override
    public List<CloudKey> list() {
        List<CloudKey> out = new ArrayList<>();
        api.get(Service.COMPUTE, "/os-keypairs").path("keypairs").forEach(k -> out.add(key(k.path("keypair"))));
        return out;
    }

    @Override
    public void delete(String keyId) {
        ApiCalls.ignoreNotFound(() -> api.send(Service.COMPUTE, ApiRequest.delete("/os-keypairs/" + OpenStackApi.segment(keyId))));
    }

    private static CloudKey key(JsonNode k) {
        String name = k.path("name").asText();
        return new CloudKey(name, name, k.path("fingerprint").asText(null), k.path("public_key").asText("").strip(),
                KeyNames.named(name));
    }
}
