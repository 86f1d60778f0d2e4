package dev.cloudmaker.cli.view;

import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.time.Durations;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints each step as it happens, with the time since the apply started, and every wait that lasts over a
 * second: what it waits for, for how long so far, and its last state. On a terminal that is one live line,
 * rewritten in place until the next step; otherwise a plain line when it passes a second, then every
 * {@link #PLAIN_EVERY}, so logs stay short.
 */
public final class ProgressPrinter implements ApplyListener {
    static final Duration QUIET = Duration.ofSeconds(1);
    static final Duration PLAIN_EVERY = Duration.ofSeconds(10);

    private final PrintStream out;
    private final Style style;
    private final boolean live;
    private final long startedNanos = System.nanoTime();
    private boolean lineOpen;
    /** Each wait's elapsed time when its last plain line was printed (waits on several providers run at once). */
    private final java.util.Map<String, Duration> shown = new java.util.HashMap<>();

    public ProgressPrinter(PrintStream out, Style style) {
        this(out, style, false);
    }

    /** {@code live}: the output is a terminal, so a wait's line is rewritten in place. */
    public ProgressPrinter(PrintStream out, Style style, boolean live) {
        this.out = out;
        this.style = style;
        this.live = live;
    }

    @Override
    public synchronized void step(String resource, String message) {
        endLiveLine();
        out.println(stamp() + " " + resource + ": " + message);
    }

    @Override
    public synchronized void waiting(String what, Duration elapsed, String state) {
        if (elapsed.compareTo(QUIET) < 0) {
            return;
        }
        String line = stamp() + " waiting for " + what + ": " + Durations.format(elapsed) + " so far"
                + (state == null || state.isBlank() ? "" : " (" + state + ")");
        if (live) {
            out.print("\r\033[K" + line);
            out.flush();
            lineOpen = true;
            return;
        }
        Duration last = shown.get(what);
        if (last == null || elapsed.minus(last).compareTo(PLAIN_EVERY) >= 0) {
            shown.put(what, elapsed);
            out.println(line);
        }
    }

    private void endLiveLine() {
        if (lineOpen) {
            out.print("\r\033[K");
            lineOpen = false;
        }
    }

    private String stamp() {
        long ms = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        return style.dim(String.format(Locale.ROOT, "[%5.1fs]", ms / 1000.0));
    }
}
