package dev.cloudmaker.emulator.digitalocean;

/** Stored DNS record: relative name, data without trailing dot; numeric fields may be null. */
record DnsRecord(long id, String domain, String type, String name, String data, Integer priority, Integer port,
                 int ttl, Integer weight, Integer flags, String tag) {
}
