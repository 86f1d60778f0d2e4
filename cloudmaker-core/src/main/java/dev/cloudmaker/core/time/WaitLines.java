package dev.cloudmaker.core.time;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link WaitProgress} for plain output (a log, a pipe): a line once a wait passes a second, then one every
 * ten seconds, each saying what is awaited, for how long so far and its last state.
 */
public final class WaitLines implements WaitProgress {
    static final Duration QUIET = Duration.ofSeconds(1);
    static final Duration EVERY = Duration.ofSeconds(10);

    private final Consumer<String> lines;
    private final Map<String, Duration> shown = new HashMap<>();

    public WaitLines(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void waiting(String what, Duration elapsed, String state) {
        Duration last = shown.get(what);
        if (elapsed.compareTo(QUIET) >= 0 && (last == null || elapsed.minus(last).compareTo(EVERY) >= 0)) {
            shown.put(what, elapsed);
            lines.accept(line(what, elapsed, state));
        }
    }

    /** {@code waiting for X: 12.0s so far (state)} */
    public static String line(String what, Duration elapsed, String state) {
        return "waiting for " + what + ": " + Durations.format(elapsed) + " so far"
                + (state == null || state.isBlank() ? "" : " (" + state + ")");
    }
}
