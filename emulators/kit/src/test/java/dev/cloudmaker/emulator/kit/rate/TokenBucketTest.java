package dev.cloudmaker.emulator.kit.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aFullBucketAllowsABurstThenRefillsAtItsRate() {
        TokenBucket bucket = new TokenBucket(3, 2, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.acquire("k").allowed()).isTrue();
        }
        RateDecision refused = bucket.acquire("k");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(bucket.acquire("other").allowed()).as("per principal").isTrue();
        clock.advance(Duration.ofMillis(499));
        assertThat(bucket.acquire("k").allowed()).as("not yet one token").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(bucket.acquire("k").allowed()).as("one token after half a second at 2/s").isTrue();
        assertThat(bucket.acquire("k").allowed()).isFalse();
    }

    @Test
    void refusalsTakeNothingAndTheBucketFillsNoHigherThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 1, clock);
        bucket.acquire("k");
        bucket.acquire("k");
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.acquire("k").allowed()).isFalse();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(bucket.acquire("k").allowed()).as("the refusals did not dig a hole").isTrue();
        clock.advance(Duration.ofHours(1));
        RateDecision full = bucket.peek("k");
        assertThat(full.remaining()).isEqualTo(2);
        assertThat(full.limit()).isEqualTo(2);
        assertThat(full.resetEpochSeconds()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(bucket.acquire("k").allowed()).isTrue();
        assertThat(bucket.acquire("k").allowed()).isTrue();
        assertThat(bucket.acquire("k").allowed()).isFalse();
    }

    @Test
    void peekReportsWithoutTaking() {
        TokenBucket bucket = new TokenBucket(1, 0.5, clock);
        assertThat(bucket.peek("k").remaining()).isEqualTo(1);
        assertThat(bucket.peek("k").remaining()).isEqualTo(1);
        assertThat(bucket.acquire("k").remaining()).isZero();
        RateDecision empty = bucket.peek("k");
        assertThat(empty.allowed()).isFalse();
        assertThat(empty.retryAfterSeconds()).isEqualTo(2);
        assertThat(empty.resetEpochSeconds()).isEqualTo(clock.instant().getEpochSecond() + 2);
    }

    @Test
    void aBucketNeedsRoomAndARate() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(5, 0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
