package dev.cloudmaker.emulator.kit.latency;

import java.time.Duration;
import java.util.Random;

/** A delay drawn uniformly from {@code [min, max]} in whole milliseconds; a fixed one when both are equal. */
public record LatencyRange(Duration min, Duration max) {

    public LatencyRange {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("a latency range needs 0 <= min <= max, not " + min + ".." + max);
        }
    }

    public static LatencyRange millis(long min, long max) {
        return new LatencyRange(Duration.ofMillis(min), Duration.ofMillis(max));
    }

    public static LatencyRange fixed(Duration delay) {
        return new LatencyRange(delay, delay);
    }

    /** A draw from {@code random}; a fixed range draws nothing, so it leaves the stream as it was. */
    Duration draw(Random random) {
        if (max.equals(min)) {
            return min;
        }
        long span = max.toMillis() - min.toMillis() + 1;
        return Duration.ofMillis(min.toMillis() + (long) (random.nextDouble() * span));
    }
}
