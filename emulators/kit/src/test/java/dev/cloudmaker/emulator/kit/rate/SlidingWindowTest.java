package dev.cloudmaker.emulator.kit.rate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void minuteWindowSlides() {
        SlidingWindow limiter = new SlidingWindow(3, 0, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("t").allowed()).isTrue();
            clock.advance(Duration.ofSeconds(10));
        }
        RateDecision refused = limiter.acquire("t");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(30); // first hit at 0s frees at 60s, now is 30s
        assertThat(limiter.acquire("other").allowed()).isTrue(); // per token
        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.acquire("t").allowed()).isTrue();
    }

    @Test
    void hourWindowAndHeaders() {
        SlidingWindow limiter = new SlidingWindow(0, 2, clock);
        RateDecision first = limiter.acquire("t");
        assertThat(first.limit()).isEqualTo(2);
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(first.resetEpochSeconds()).isEqualTo(clock.instant().plus(Duration.ofHours(1)).getEpochSecond());
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.acquire("t").remaining()).isZero();
        RateDecision refused = limiter.acquire("t");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(50 * 60);
        assertThat(limiter.peek("t").remaining()).isZero();
        clock.advance(Duration.ofMinutes(50));
        assertThat(limiter.acquire("t").allowed()).isTrue();
    }

    @Test
    void offWhenZero() {
        SlidingWindow limiter = new SlidingWindow(0, 0, clock);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("t").allowed()).isTrue();
        }
    }

    @Test
    void aShorterMinuteScalesBothWindows() {
        SlidingWindow limiter = new SlidingWindow(2, 3, Duration.ofSeconds(6), clock);
        assertThat(limiter.acquire("t").allowed()).isTrue();
        assertThat(limiter.acquire("t").allowed()).isTrue();
        RateDecision refused = limiter.acquire("t");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(6);
        clock.advance(Duration.ofSeconds(6));
        assertThat(limiter.acquire("t").allowed()).as("the 6 s minute has passed").isTrue();
        assertThat(limiter.acquire("t").allowed()).as("the hour (6 min) allows only 3").isFalse();
        clock.advance(Duration.ofMinutes(6));
        assertThat(limiter.acquire("t").allowed()).as("a new 6 min hour").isTrue();
    }
}
