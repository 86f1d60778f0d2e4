package dev.cloudmaker.core.http;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Keeps a client under the API's rate limits instead of hammering it into 429s: at most
 * {@code requests} in any sliding {@code window}, for each of its limits (DigitalOcean: per minute
 * and per hour). A request holds its slot from {@link #acquire()} until the window has passed since
 * its answer came back ({@link Ticket#close()}): the server counts it when it arrives, which may be
 * well after the slot was taken (a first connection, a busy host), but never after the answer.
 * It also follows what the server reports, which counts other clients of the same
 * token too: a shared pause on a 429's {@code retry-after} or when the quota is used up, and, while
 * the quota is nearly used up, no faster than the longest limit's average rate (the rate at which
 * a sliding window's old requests expire and free their slots).
 */
public final class RequestPacer {
    /** At most {@code requests} in any {@code window}. */
    public record Limit(int requests, Duration window) {
        public Limit {
            if (requests <= 0 || !window.isPositive()) {
                throw new IllegalArgumentException("a rate limit needs a positive count and window");
            }
        }
    }

    /** The server's quota counts as nearly used up below this share of it (and below ten requests). */
    private static final int LOW_QUOTA_DIVISOR = 50;
    private static final int LOW_QUOTA_MIN = 10;
    /** How often a sender waiting only for requests in flight looks again. */
    private static final Duration IN_FLIGHT_RECHECK = Duration.ofMillis(20);

    private final List<Limit> limits;
    private final Duration keep;
    private final Duration sustainedSpacing;
    private final Clock clock;
    private final Sleeper sleeper;
    /** When the answers of finished requests came back, oldest first. */
    private final ArrayDeque<Instant> sent = new ArrayDeque<>();
    private int inFlight;
    private Instant pausedUntil = Instant.MIN;
    private boolean quotaLow;
    private Instant lastStart;

    public RequestPacer(List<Limit> limits, Clock clock, Sleeper sleeper) {
        this.limits = List.copyOf(limits);
        Limit longest = this.limits.stream().max(Comparator.comparing(Limit::window))
                .orElseThrow(() -> new IllegalArgumentException("a pacer needs at least one limit"));
        this.keep = longest.window();
        this.sustainedSpacing = longest.window().dividedBy(longest.requests());
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public RequestPacer(int perWindow, Duration window, Clock clock, Sleeper sleeper) {
        this(List.of(new Limit(perWindow, window)), clock, sleeper);
    }

    public static RequestPacer perMinute(int limit) {
        return new RequestPacer(limit, Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    public static RequestPacer unlimited() {
        return new RequestPacer(Integer.MAX_VALUE, Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** A slot taken for one request; closed once its answer (or failure) is in. */
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    /** Blocks until one more request may be sent, then counts it until the returned ticket is closed and a window has passed. */
    public Ticket acquire() {
        while (true) {
            Duration wait = reserveOrWait();
            if (wait.isZero()) {
                return new Ticket() {
                    private boolean closed;

                    @Override
                    public void close() {
                        if (!closed) {
                            closed = true;
                            finished();
                        }
                    }
                };
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CloudmakerException("interrupted while pacing API requests", e);
            }
        }
    }

    /** Nobody sends before {@code until}. */
    public synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /**
     * What the server said of the token's quota ({@code ratelimit-limit}, {@code -remaining},
     * {@code -reset}): used up means a pause until the reset; nearly used up means sending no
     * faster than the longest limit's average rate until the server reports room again.
     */
    public synchronized void quota(long limit, long remaining, Instant reset) {
        if (remaining <= 0) {
            pauseUntil(reset);
        }
        quotaLow = remaining < Math.max(LOW_QUOTA_MIN, limit / LOW_QUOTA_DIVISOR);
    }

    private synchronized Duration reserveOrWait() {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return Duration.between(now, pausedUntil);
        }
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(keep))) {
            sent.pollFirst();
        }
        Duration wait = Duration.ZERO;
        for (Limit limit : limits) {
            wait = max(wait, untilRoomIn(limit, now));
        }
        if (quotaLow && lastStart != null) {
            wait = max(wait, Duration.between(now, lastStart.plus(sustainedSpacing)));
        }
        if (wait.isPositive()) {
            return wait;
        }
        inFlight++;
        lastStart = now;
        return Duration.ZERO;
    }

    private synchronized void finished() {
        inFlight--;
        sent.addLast(clock.instant());
    }

    /** Zero when the window has room; else how long until a finished request leaves it (or one in flight finishes). */
    private Duration untilRoomIn(Limit limit, Instant now) {
        Instant windowStart = now.minus(limit.window());
        int inWindow = inFlight;
        if (inWindow >= limit.requests()) {
            return IN_FLIGHT_RECHECK;
        }
        Instant oldestInWindow = null;
        for (Iterator<Instant> it = sent.descendingIterator(); it.hasNext(); ) {
            Instant t = it.next();
            if (!t.isAfter(windowStart)) {
                break;
            }
            inWindow++;
            oldestInWindow = t;
            if (inWindow >= limit.requests()) {
                Duration untilOldestLeaves = Duration.between(windowStart, oldestInWindow);
                return untilOldestLeaves.isZero() ? Duration.ofMillis(1) : untilOldestLeaves;
            }
        }
        return Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
