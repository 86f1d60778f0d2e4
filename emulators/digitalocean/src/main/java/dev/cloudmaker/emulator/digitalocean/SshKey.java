package dev.cloudmaker.emulator.digitalocean;

/** Stored SSH key. */
record SshKey(long id, String name, String fingerprint, String publicKey) {
}
