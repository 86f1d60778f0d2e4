package dev.cloudmaker.emulator.kit;

/** An SSH key on the emulated account, with the fingerprint the cloud shows for it. */
public record EmulatedKey(String id, String name, String fingerprint, String publicKey) {
}
