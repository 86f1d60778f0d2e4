package dev.cloudmaker.emulator.kit.rate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per principal, as EC2 throttles its API: a full bucket holds {@code capacity} requests, each
 * request takes one, and {@code refillPerSecond} flow back in up to the capacity. Refused requests take none.
 */
public final class TokenBucket implements RateModel {
    private final int capacity;
    private final double refillPerSecond;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    /** Tokens left just after the take at {@code at}; a principal without one has a full bucket. */
    private record Bucket(double tokens, Instant at) {
    }

    public TokenBucket(int capacity, double refillPerSecond, Clock clock) {
        if (capacity < 1 || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("a token bucket needs a capacity of at least 1 and a positive refill rate");
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.clock = clock;
    }

    @Override
    public synchronized RateDecision acquire(String principal) {
        return check(principal, true);
    }

    @Override
    public synchronized RateDecision peek(String principal) {
        return check(principal, false);
    }

    private RateDecision check(String principal, boolean take) {
        Instant now = clock.instant();
        String key = principal == null ? "" : principal;
        Bucket was = buckets.get(key);
        double tokens = was == null ? capacity
                : Math.min(capacity, was.tokens() + Math.max(0, Duration.between(was.at(), now).toNanos() / 1e9) * refillPerSecond);
        boolean allowed = tokens >= 1;
        if (allowed && take) {
            tokens -= 1;
            buckets.put(key, new Bucket(tokens, now)); // refill is computed from the last take, so nothing else is stored
        }
        long retryAfter = allowed ? 0 : secondsFor(1 - tokens);
        long reset = now.getEpochSecond() + secondsFor(capacity - tokens);
        return new RateDecision(allowed, capacity, (int) Math.floor(tokens), reset, retryAfter);
    }

    /** Whole seconds until {@code tokens} more have flowed in. */
    private long secondsFor(double tokens) {
        return tokens <= 0 ? 0 : (long) Math.ceil(tokens / refillPerSecond);
    }
}
