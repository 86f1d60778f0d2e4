package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic reader: {@code Retry-After} in seconds or as an HTTP date, and no quota. */
class RateLimitSignalsTest {
    private static final Instant NOW = Instant.parse("2026-03-05T07:00:00Z");

    private static ApiResponse answer(String retryAfter) {
        return new ApiResponse(429, HttpHeaders.of(Map.of("Retry-After", List.of(retryAfter)), (k, v) -> true), "");
    }

    @Test
    void readsSecondsAndDates() {
        RateLimitSignals signals = RateLimitSignals.retryAfterOnly();
        assertThat(signals.retryAfter(answer("12"), NOW)).hasValue(Duration.ofSeconds(12));
        assertThat(signals.retryAfter(answer(" 3 "), NOW)).hasValue(Duration.ofSeconds(3));
        assertThat(signals.retryAfter(answer("Thu, 05 Mar 2026 07:01:30 GMT"), NOW)).hasValue(Duration.ofSeconds(90));
        assertThat(signals.retryAfter(answer("Thu, 05 Mar 2026 06:59:00 GMT"), NOW)).as("a date passed").hasValue(Duration.ZERO);
        assertThat(signals.retryAfter(answer("-5"), NOW)).hasValue(Duration.ZERO);
        assertThat(signals.retryAfter(answer("soon"), NOW)).isEmpty();
        assertThat(signals.retryAfter(new ApiResponse(429, HttpHeaders.of(Map.of(), (k, v) -> true), ""), NOW)).isEmpty();
        assertThat(signals.quota(answer("12"))).isEmpty();
    }
}
