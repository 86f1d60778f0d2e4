package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.NamespaceResources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * What cloudmaker made in this region for a namespace that has no instance left: its security groups (tagged with the
 * namespace, named {@code cloudmaker-<ns>[-<role>]}) and the key pairs imported under the namespace's names
 * ({@code cloudmaker/<ns>/<name>}, see {@link AwsNames}). The account's own key pair (the definition's admin key,
 * shared by every namespace) and any key pair cloudmaker did not name stay.
 */
final class Ec2NamespaceResources implements NamespaceResources {
    /** EC2 refuses to delete a group while a terminating instance still holds it; it lets go within minutes. */
    static final Duration IN_USE_TIMEOUT = Duration.ofMinutes(5);

    private final SecurityGroups groups;
    private final Ec2Keys keys;

    Ec2NamespaceResources(SecurityGroups groups, Ec2Keys keys) {
        this.groups = groups;
        this.keys = keys;
    }

    @Override
    public List<String> release(String namespace) {
        if (namespace == null) {
            return List.of();
        }
        List<String> released = new ArrayList<>();
        for (SecurityGroup group : groups.ofNamespace(namespace)) {
            groups.delete(group, IN_USE_TIMEOUT);
            released.add("security group " + group.groupName());
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
