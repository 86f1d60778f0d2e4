package dev.cloudmaker.emulator.kit.rate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Sliding-window limits per principal, one per minute and one per hour, as DigitalOcean enforces them per token.
 * A limit of 0 is off. Refused requests do not consume a slot. Decisions report the hourly window (the minute's
 * when the hourly limit is off), as DigitalOcean's {@code ratelimit-*} headers do.
 */
public final class SlidingWindow implements RateModel {
    private final Duration minute;
    private final Duration hour;
    private final int perMinute;
    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> hits = new HashMap<>();

    public SlidingWindow(int perMinute, int perHour, Clock clock) {
        this(perMinute, perHour, Duration.ofMinutes(1), clock);
    }

    /** @param minute how long the limiter's minute lasts; its hour is sixty of them */
    public SlidingWindow(int perMinute, int perHour, Duration minute, Clock clock) {
        if (perMinute < 0 || perHour < 0) {
            throw new IllegalArgumentException("rate limits must be 0 (off) or positive");
        }
        if (!minute.isPositive()) {
            throw new IllegalArgumentException("the rate limiter's minute must be positive");
        }
        this.minute = minute;
        this.hour = minute.multipliedBy(60);
        this.perMinute = perMinute;
        this.perHour = perHour;
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
        Deque<Instant> q = hits.computeIfAbsent(principal == null ? "" : principal, t -> new ArrayDeque<>());
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
