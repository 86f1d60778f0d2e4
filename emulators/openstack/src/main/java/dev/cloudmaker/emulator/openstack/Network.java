package dev.cloudmaker.emulator.openstack;

import java.util.List;

/**
 * A Neutron network; {@code external} is {@code router:external}, and a provider network names its
 * {@code physicalNetwork} (the SDK takes addresses on either as public ones).
 */
record Network(String id, String name, boolean external, boolean shared, String physicalNetwork, List<String> subnetIds) {
    Network {
        subnetIds = List.copyOf(subnetIds);
    }
}
