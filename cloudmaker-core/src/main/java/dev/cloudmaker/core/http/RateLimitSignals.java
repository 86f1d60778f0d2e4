package dev.cloudmaker.core.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a cloud's answers say about its rate limit, read from their headers for the client's
 * {@link RequestPacer}: the quota left (for clouds that report it on every answer) and how long a
 * throttled request should wait. Each provider supplies its own; {@link #retryAfterOnly()} is the
 * plain HTTP one.
 */
public interface RateLimitSignals {

    /** The server's count of the quota: {@code remaining} of {@code limit} (0 when not said) until {@code reset}. */
    record Quota(long limit, long remaining, Instant reset) {
    }

    /** The quota this answer reports, if it reports one. */
    Optional<Quota> quota(ApiResponse response);

    /** How long a throttled answer asks the client to wait, measured from {@code now}, when it says. */
    Optional<Duration> retryAfter(ApiResponse response, Instant now);

    /** Only the standard {@code Retry-After} header, and no quota. */
    static RateLimitSignals retryAfterOnly() {
        return new RateLimitSignals() {
            @Override
            public Optional<Quota> quota(ApiResponse response) {
                return Optional.empty();
            }

            @Override
            public Optional<Duration> retryAfter(ApiResponse response, Instant now) {
                return retryAfterHeader(response, now);
            }
        };
    }

    /** {@code Retry-After} in seconds or as an HTTP date; never negative. */
    static Optional<Duration> retryAfterHeader(ApiResponse response, Instant now) {
        return response.header("retry-after").map(String::trim).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
                } catch (DateTimeParseException neither) {
                    return Optional.empty();
                }
            }
        });
    }
}
