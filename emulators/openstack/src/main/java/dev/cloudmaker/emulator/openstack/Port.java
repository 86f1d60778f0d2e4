package dev.cloudmaker.emulator.openstack;

import java.time.Instant;
import java.util.List;

/** A Neutron port: a server's attachment to a network (device owner {@code compute:nova}). */
record Port(String id, String name, String networkId, String deviceId, String deviceOwner, String macAddress,
            List<FixedIp> fixedIps, List<String> securityGroupIds, Instant created) {
    Port {
        fixedIps = List.copyOf(fixedIps);
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    Port withSecurityGroups(List<String> groups) {
        return new Port(id, name, networkId, deviceId, deviceOwner, macAddress, fixedIps, groups, created);
    }
}
