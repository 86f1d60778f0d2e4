package dev.cloudmaker.core.time;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.WaitTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a condition holds or a timeout runs out, with jittered exponential backoff.
 * Every wait in cloudmaker goes through here so that none can block forever, and a timeout
 * says what was awaited, its last state and how long it waited.
 */
public final class Waiter {
    private final String what;
    private final Duration timeout;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WaitProgress progress;

    private Waiter(String what, Duration timeout, Duration initialDelay, Duration maxDelay, Clock clock, Sleeper sleeper,
                   WaitProgress progress) {
        this.what = what;
        this.timeout = timeout;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.sleeper = sleeper;
        this.progress = progress;
    }

    /**
     * {@code what} completes "waiting for ...", e.g. {@code "server1 to become active"}. The wait reports to the run's
     * {@link WaitReporting} unless {@link #reporting} gives it another.
     */
    public static Waiter waitingFor(String what, Duration timeout) {
        return new Waiter(what, timeout, Duration.ofMillis(500), Duration.ofSeconds(5), Clock.systemUTC(), Sleeper.SYSTEM,
                WaitReporting.current());
    }

    public Waiter polling(Duration initial, Duration max) {
        return new Waiter(what, timeout, initial, max, clock, sleeper, progress);
    }

    public Waiter using(Clock clock, Sleeper sleeper) {
        return new Waiter(what, timeout, initialDelay, maxDelay, clock, sleeper, progress);
    }

    /** Tells {@code progress} after every poll that did not end the wait, so a long wait is never silent. */
    public Waiter reporting(WaitProgress progress) {
        return new Waiter(what, timeout, initialDelay, maxDelay, clock, sleeper, progress);
    }

    /** Polls {@code probe} until {@code done} accepts its value; returns that value. */
    public <T> T until(Supplier<T> probe, Predicate<T> done, Function<T, String> describe) {
        return until(probe, done, value -> Optional.empty(), describe);
    }

    /**
     * As {@link #until(Supplier, Predicate, Function)}, but a value for which {@code failed} names a failure
     * (a server the cloud put in a failed state) ends the wait at once with that failure, instead of at the timeout.
     */
    public <T> T until(Supplier<T> probe, Predicate<T> done, Function<T, Optional<String>> failed, Function<T, String> describe) {
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        Duration delay = initialDelay;
        while (true) {
            T value = probe.get();
            if (done.test(value)) {
                return value;
            }
            Optional<String> failure = failed.apply(value);
            if (failure.isPresent()) {
                throw new CloudmakerException("gave up waiting for " + what + ": " + failure.get());
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                throw new WaitTimeoutException("timed out after " + Durations.format(Duration.between(start, now))
                        + " waiting for " + what + "; last state: " + describe.apply(value));
            }
            progress.waiting(what, Duration.between(start, now), describe.apply(value));
            Duration pause = min(jitter(delay), Duration.between(now, deadline));
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CloudmakerException("interrupted while waiting for " + what, e);
            }
            delay = min(delay.multipliedBy(2), maxDelay);
        }
    }

    private static Duration jitter(Duration d) {
        long ms = d.toMillis();
        // between 75% and 100% of the delay, so parallel waiters spread out
        return Duration.ofMillis(ms - ThreadLocalRandom.current().nextLong(ms / 4 + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
