package dev.cloudmaker.emulator.aws;

/** A VPC; each region has its default one. */
record Vpc(String id, String cidr, boolean isDefault) {
}
