package dev.cloudmaker.emulator.openstack;

/** A Neutron subnet; addresses are handed out from the kit's documentation and private ranges. */
record Subnet(String id, String name, String networkId, int ipVersion, String cidr, String gateway, String poolStart,
              String poolEnd) {
}
