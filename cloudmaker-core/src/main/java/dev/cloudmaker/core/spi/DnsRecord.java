package dev.cloudmaker.core.spi;

/** A DNS record as the provider holds it; {@code name} is relative to the domain, {@code @} for the apex. */
public record DnsRecord(String id, String type, String name, String data, int ttl) {
}
