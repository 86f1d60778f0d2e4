package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.RateLimitSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * DigitalOcean reports the token's quota on every answer ({@code ratelimit-limit}, {@code -remaining},
 * {@code -reset} in epoch seconds), which counts other clients of the token too. A 429 says how
 * long to wait in {@code retry-after}, or else the wait lasts until the reset.
 */
final class DigitalOceanRateLimits implements RateLimitSignals {

    /** Reported when remaining and reset are both there; the limit reads 0 when absent. */
    @Override
    public Optional<Quota> quota(ApiResponse response) {
        Optional<Long> remaining = number(response, "ratelimit-remaining");
        Optional<Instant> reset = reset(response);
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quota(number(response, "ratelimit-limit").orElse(0L), remaining.get(), reset.get()));
    }

    @Override
    public Optional<Duration> retryAfter(ApiResponse response, Instant now) {
        return RateLimitSignals.retryAfterHeader(response, now)
                .or(() -> reset(response).map(reset -> Duration.between(now, reset)).filter(d -> !d.isNegative()));
    }

    private static Optional<Instant> reset(ApiResponse response) {
        return number(response, "ratelimit-reset").map(Instant::ofEpochSecond);
    }

    private static Optional<Long> number(ApiResponse response, String header) {
        return response.header(header).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
