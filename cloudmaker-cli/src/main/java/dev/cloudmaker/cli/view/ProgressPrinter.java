package dev.cloudmaker.cli.view;

import dev.cloudmaker.core.engine.ApplyListener;
import java.io.PrintStream;
import java.time.Duration;

/** Prints each step as it happens, with the time since the apply started. */
public final class ProgressPrinter implements ApplyListener {
    private final PrintStream out;
    private final Style style;
    private final long startedNanos = System.nanoTime();

    public ProgressPrinter(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    @Override
    public synchronized void step(String resource, String message) {
        long ms = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        out.println(style.dim(String.format(java.util.Locale.ROOT, "[%5.1fs]", ms / 1000.0)) + " " + resource + ": " + message);
    }
}
