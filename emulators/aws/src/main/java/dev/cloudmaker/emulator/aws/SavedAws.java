package dev.cloudmaker.emulator.aws;

import java.util.List;
import java.util.Map;

/** The emulated account as its state file holds it. */
record SavedAws(long counter, Map<String, Ec2Region> regions, Map<String, HostedZone> zones, List<DnsChange> changes) {
}
