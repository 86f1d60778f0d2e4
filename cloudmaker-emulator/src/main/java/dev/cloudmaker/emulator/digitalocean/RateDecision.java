package dev.cloudmaker.emulator.digitalocean;

/**
 * Outcome of one rate-limit check, with the values of the {@code ratelimit-*} headers.
 *
 * @param retryAfterSeconds when refused: seconds until a slot frees
 */
record RateDecision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {
}
