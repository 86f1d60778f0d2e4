package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.NamespaceResources;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What cloudmaker made in this project for a namespace that has no server left: its Neutron security groups (see
 * {@link SecurityGroups}) and the key pairs created under the namespace's names ({@code cloudmaker_<ns>_<name>}, see
 * {@link KeyNames}). Floating IPs went with their servers. The account-wide key pair (the definition's admin key,
 * shared by every namespace) and any key pair cloudmaker did not name stay.
 */
final class OpenStackNamespaceResources implements NamespaceResources {
    /** Neutron refuses to delete a group while a port of a deleted server still holds it; the port goes soon after. */
    static final Duration IN_USE_TIMEOUT = Duration.ofMinutes(5);

    private final OpenStackClients clients;
    private final SecurityGroups groups;
    private final NovaKeys keys;

    OpenStackNamespaceResources(OpenStackClients clients, SecurityGroups groups, NovaKeys keys) {
        this.clients = clients;
        this.groups = groups;
        this.keys = keys;
    }

    @Override
    public List<String> release(String namespace) {
        if (namespace == null) {
            return List.of();
        }
        List<String> released = new ArrayList<>();
        if (clients.offers(Service.NETWORK)) {
            for (JsonNode group : groups.ofNamespace(namespace)) {
                groups.delete(group, IN_USE_TIMEOUT);
                released.add("security group " + group.path("name").asText());
            }
        }
        for (CloudKey key : keys.list()) {
            if (key.named() != null && namespace.equals(key.named().namespace())) {
                keys.delete(key.id());
                released.add("key pair " + key.name());
            }
        }
        return released;
    }
}
