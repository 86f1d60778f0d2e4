package dev.cloudmaker.core.spi;

/**
 * An SSH key registered in the account: the provider's id, its name there, the MD5 fingerprint and
 * the OpenSSH public key line (what goes into authorized_keys).
 */
public record CloudKey(String id, String name, String fingerprint, String publicKey) {
}
