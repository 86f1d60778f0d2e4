package dev.cloudmaker.core.spi;

/** A record to write; {@code name} is relative to the domain, {@code @} for the apex. */
public record RecordSpec(String type, String name, String data, int ttl) {
}
