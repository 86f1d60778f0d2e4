package dev.cloudmaker.core.plan;

/** A name the definition wants for {@code server} already points at {@code existingData}. */
public record DnsConflict(String fqdn, String type, String existingData, String server) {
}
