package dev.cloudmaker.emulator.openstack;

import java.time.Instant;

/** A Neutron security group; its rules are kept apart, as Neutron does. */
record SecurityGroup(String id, String name, String description, Instant created, Instant updated) {
}
