package dev.cloudmaker.emulator.digitalocean;

/** A DNS record; {@code name} is relative ({@code @} for the apex), {@code data} has no trailing dot. */
public record EmuRecord(long id, String type, String name, String data, int ttl) {
}
