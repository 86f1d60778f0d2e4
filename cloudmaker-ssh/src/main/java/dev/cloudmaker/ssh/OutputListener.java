package dev.cloudmaker.ssh;

/**
 * Sees remote output line by line as it arrives, for per-server log files and a live progress view.
 * Called on MINA's I/O threads, possibly for several servers at once: be quick and thread-safe. An
 * exception thrown here is logged and otherwise ignored; it never fails the command.
 */
@FunctionalInterface
public interface OutputListener {
    OutputListener NONE = (server, stream, line) -> {
    };

    /** One line without its line break ({@code \r\n} and {@code \n} both end a line). */
    void line(String server, StdStream stream, String line);

    /** A command is about to run; {@code summary} is its first line, shortened. */
    default void started(String server, String summary) {
    }

    /** Both listeners, this one first. */
    default OutputListener and(OutputListener other) {
        OutputListener first = this;
        return new OutputListener() {
            @Override
            public void line(String server, StdStream stream, String line) {
                first.line(server, stream, line);
                other.line(server, stream, line);
            }

            @Override
            public void started(String server, String summary) {
                first.started(server, summary);
                other.started(server, summary);
            }
        };
    }
}
