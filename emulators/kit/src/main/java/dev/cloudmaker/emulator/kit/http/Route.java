package dev.cloudmaker.emulator.kit.http;

/**
 * One entry of an operation table: method ({@code *} for any), pattern (a path with {@code {}} for one segment, or
 * an {@code Action} name), the operation's name for faults and stats, and the cloud's handler for it.
 */
public record Route<H>(String method, String pattern, String operation, H handler) {
}
