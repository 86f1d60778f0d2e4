package dev.cloudmaker.emulator.digitalocean;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Sliding-window limits per token, one per minute and one per hour, as DigitalOcean enforces them.
 * A limit of 0 is off. Refused requests do not consume a slot.
 */
final class RateLimiter {
    private final Duration minute;
    private final Duration hour;
    private final int perMinute;
    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> hits = new HashMap<>();

    RateLimiter(int perMinute, int perHour, Clock clock) {
        this(perMinute, perHour, Duration.ofMinutes(1), clock);
    }

    /** @param minute how long the limiter's minute lasts; its hour is sixty of them */
    RateLimiter(int perMinute, int perHour, Duration minute, Clock clock) {
        this.minute = minute;
        this.hour = minute.multipliedBy(60);
        this.perMinute = perMinute;
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Takes a slot for the token if one is free. */
    synchronized RateDecision acquire(String token) {
        return check(token, true);
    }

    /** Reports the token's state without taking a slot (for error answers). */
    synchronized RateDecision peek(String token) {
        return check(token, false);
    }

    private RateDecision check(String token, boolean take) {
        Instant now = clock.instant();
        Deque<Instant> q = hits.computeIfAbsent(token == null ? "" : token, t -> new ArrayDeque<>());
        // the deque holds the last hour of hits (or last minute when the hourly limit is off)
        Duration keep = perHour > 0 ? hour : minute;
        while (!q.isEmpty() && !q.peekFirst().isAfter(now.minus(keep))) {
            q.pollFirst();
        }
        int inMinute = countSince(q, now.minus(minute));
        long retryAfter = 0;
        if (perMinute > 0 && inMinute >= perMinute) {
            retryAfter = Math.max(retryAfter, secondsUntil(now, nth(q, q.size() - inMinute).plus(minute)));
        }
        if (perHour > 0 && q.size() >= perHour) {
            retryAfter = Math.max(retryAfter, secondsUntil(now, q.peekFirst().plus(hour)));
        }
        boolean allowed = retryAfter == 0;
        if (allowed && take) {
            q.addLast(now);
        }
        int limit = perHour > 0 ? perHour : Math.max(perMinute, 0);
        int used = perHour > 0 ? q.size() : countSince(q, now.minus(minute));
        int remaining = Math.max(0, limit - used);
        Instant reset = q.isEmpty() ? now : q.peekFirst().plus(perHour > 0 ? hour : minute);
        return new RateDecision(allowed, limit, remaining, reset.getEpochSecond(), retryAfter);
    }

    private static int countSince(Deque<Instant> q, Instant since) {
        int n = 0;
        var it = q.descendingIterator();
        while (it.hasNext() && it.next().isAfter(since)) {
            n++;
        }
        return n;
    }

    private static Instant nth(Deque<Instant> q, int index) {
        var it = q.iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    private static long secondsUntil(Instant now, Instant when) {
        long ms = Duration.between(now, when).toMillis();
        return Math.max(1, (ms + 999) / 1000);
    }
}
