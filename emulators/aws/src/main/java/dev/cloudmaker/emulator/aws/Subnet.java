package dev.cloudmaker.emulator.aws;

/** A subnet; the default VPC has one per availability zone, default for it. */
record Subnet(String id, String vpcId, String availabilityZone, String cidr, boolean defaultForAz) {
}
