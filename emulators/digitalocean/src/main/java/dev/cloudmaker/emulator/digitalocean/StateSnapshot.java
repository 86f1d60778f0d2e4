package dev.cloudmaker.emulator.digitalocean;

import java.util.List;

/** Everything the emulator persists in its state file. */
record StateSnapshot(long nextId, long nextAddress, List<Droplet> droplets, List<Action> actions, List<SshKey> keys,
                     List<String> tags, List<String> domains, List<DnsRecord> records, List<Snapshot> snapshots) {
}
