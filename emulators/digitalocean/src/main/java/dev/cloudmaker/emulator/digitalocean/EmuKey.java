package dev.cloudmaker.emulator.digitalocean;

/** An SSH key on the emulated account. */
public record EmuKey(long id, String name, String fingerprint, String publicKey) {
}
