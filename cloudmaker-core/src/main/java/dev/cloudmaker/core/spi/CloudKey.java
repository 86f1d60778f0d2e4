package dev.cloudmaker.core.spi;

/** An SSH key registered in the account. */
public record CloudKey(String id, String name, String fingerprint) {
}
