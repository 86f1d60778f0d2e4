package dev.cloudmaker.emulator.kit;

/**
 * A DNS record; {@code name} is relative to its zone ({@code @} for the apex), {@code data} has no trailing dot.
 *
 * @param id the cloud's id, as text; clouds without record ids give a stable one of their own
 */
public record EmulatedRecord(String id, String type, String name, String data, int ttl) {
}
