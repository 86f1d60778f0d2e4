package dev.cloudmaker.cli.view;

import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.time.WaitLines;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints each step as it happens, with the time since the apply started, and every wait that lasts over a
 * second: what it waits for, for how long so far, and its last state. On a terminal that is one live line,
 * rewritten in place until the next step; otherwise the plain lines of {@link WaitLines}, so logs stay short.
 */
public final class ProgressPrinter implements ApplyListener {
    private static final Duration QUIET = Duration.ofSeconds(1);

    private final PrintStream out;
    private final Style style;
    private final boolean live;
    private final long startedNanos = System.nanoTime();
    private final WaitLines plain;
    private boolean lineOpen;

    public ProgressPrinter(PrintStream out, Style style) {
        this(out, style, false);
    }

    /** {@code live}: the output is a terminal, so a wait's line is rewritten in place. */
    public ProgressPrinter(PrintStream out, Style style, boolean live) {
        this.out = out;
        this.style = style;
        this.live = live;
        this.plain = new WaitLines(line -> out.println(stamp() + " " + line));
    }

    @Override
    public synchronized void step(String resource, String message) {
        endLiveLine();
        out.println(stamp() + " " + resource + ": " + message);
    }

    @Override
    public synchronized void waiting(String what, Duration elapsed, String state) {
        if (!live) {
            plain.waiting(what, elapsed, state);
        } else if (elapsed.compareTo(QUIET) >= 0) {
            out.print("\r\033[K" + stamp() + " " + WaitLines.line(what, elapsed, state));
            out.flush();
            lineOpen = true;
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
