package dev.cloudmaker.emulator.kit.rate;

/**
 * Outcome of one rate-limit check, with what a cloud's rate-limit headers report.
 *
 * @param limit             requests allowed in the reported window (or the bucket's size)
 * @param remaining         requests left in it now
 * @param resetEpochSeconds when it is whole again
 * @param retryAfterSeconds when refused: seconds until a request would be allowed
 */
public record RateDecision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {
}
