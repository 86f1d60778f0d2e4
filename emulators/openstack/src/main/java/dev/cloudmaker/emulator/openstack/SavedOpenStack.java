package dev.cloudmaker.emulator.openstack;

import java.util.List;

/** What the state file keeps: everything the project holds but its tokens (clients log in again). */
record SavedOpenStack(long counter, long addressCounter, List<Server> servers, List<Keypair> keypairs,
                      List<Image> images, List<Port> ports, List<SecurityGroup> securityGroups,
                      List<SecurityGroupRule> rules, List<FloatingIp> floatingIps, List<Zone> zones,
                      List<Recordset> recordsets) {
}
