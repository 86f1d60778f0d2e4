package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.RateLimitSignals.Quota;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DigitalOcean's {@code ratelimit-*} headers, read as the client read them before they moved here. */
class DigitalOceanRateLimitsTest {
    private static final Instant NOW = Instant.parse("2026-03-05T07:00:00Z");
    private final DigitalOceanRateLimits signals = new DigitalOceanRateLimits();

    private static ApiResponse answer(int status, String... headers) {
        Map<String, List<String>> map = Stream.iterate(0, i -> i < headers.length, i -> i + 2)
                .collect(Collectors.toMap(i -> headers[i], i -> List.of(headers[i + 1])));
        return new ApiResponse(status, HttpHeaders.of(map, (k, v) -> true), "{}");
    }

    @Test
    void theQuotaNeedsRemainingAndReset() {
        long reset = NOW.plusSeconds(600).getEpochSecond();
        assertThat(signals.quota(answer(200, "ratelimit-limit", "5000", "ratelimit-remaining", "40",
                "ratelimit-reset", Long.toString(reset)))).hasValue(new Quota(5000, 40, Instant.ofEpochSecond(reset)));
        assertThat(signals.quota(answer(200, "ratelimit-remaining", "40", "ratelimit-reset", Long.toString(reset))))
                .as("no limit said").hasValue(new Quota(0, 40, Instant.ofEpochSecond(reset)));
        assertThat(signals.quota(answer(200, "ratelimit-limit", "5000", "ratelimit-reset", Long.toString(reset)))).isEmpty();
        assertThat(signals.quota(answer(200, "ratelimit-limit", "5000", "ratelimit-remaining", "x",
                "ratelimit-reset", Long.toString(reset)))).isEmpty();
    }

    @Test
    void aRefusalWaitsForRetryAfterElseUntilTheReset() {
        String reset = Long.toString(NOW.plusSeconds(42).getEpochSecond());
        assertThat(signals.retryAfter(answer(429, "retry-after", "5", "ratelimit-reset", reset), NOW))
                .hasValue(Duration.ofSeconds(5));
        assertThat(signals.retryAfter(answer(429, "ratelimit-reset", reset), NOW)).hasValue(Duration.ofSeconds(42));
        assertThat(signals.retryAfter(answer(429, "ratelimit-reset", Long.toString(NOW.minusSeconds(1).getEpochSecond())), NOW))
                .as("a reset already passed says nothing").isEmpty();
        assertThat(signals.retryAfter(answer(429), NOW)).isEmpty();
    }
}
