package dev.cloudmaker.emulator.openstack;

/** An address of a port on one of its network's subnets. */
record FixedIp(String subnetId, String ipAddress) {
}
