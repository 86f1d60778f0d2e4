package dev.cloudmaker.core.http;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Keeps a client under the API's rate limit instead of hammering it into 429s: at most
 * {@code perWindow} requests in any sliding {@code window}, and a shared pause when the server
 * says to back off (a 429's {@code retry-after}, or {@code ratelimit-remaining} running out).
 */
public final class RequestPacer {
    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ArrayDeque<Instant> sent = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    public RequestPacer(int perWindow, Duration window, Clock clock, Sleeper sleeper) {
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** DigitalOcean allows 250 a minute; stay a little below so other tools on the token have room. */
    public static RequestPacer perMinute(int limit) {
        return new RequestPacer(limit, Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    public static RequestPacer unlimited() {
        return new RequestPacer(Integer.MAX_VALUE, Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** Blocks until one more request may be sent, then counts it. */
    public void acquire() {
        while (true) {
            Duration wait = reserveOrWait();
            if (wait.isZero()) {
                return;
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

    private synchronized Duration reserveOrWait() {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return Duration.between(now, pausedUntil);
        }
        Instant windowStart = now.minus(window);
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(windowStart)) {
            sent.pollFirst();
        }
        if (sent.size() < perWindow) {
            sent.addLast(now);
            return Duration.ZERO;
        }
        Duration untilOldestLeaves = Duration.between(windowStart, sent.peekFirst());
        return untilOldestLeaves.isZero() ? Duration.ofMillis(1) : untilOldestLeaves;
    }
}
