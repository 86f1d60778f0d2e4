package dev.cloudmaker.ssh;

import dev.cloudmaker.core.state.ServerNames;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Appends every line to {@code <dir>/<server>.log} as {@code 2026-01-02T03:04:05.678Z [stdout] text},
 * flushed per line so a crash or Ctrl-C loses nothing already seen. Logs grow by appending, so the
 * replace-whole-file discipline of AtomicFiles does not apply here. Safe for many servers and threads at once.
 */
public final class LogFileListener implements OutputListener, AutoCloseable {
    private final Path dir;
    private final Clock clock;
    private final ConcurrentMap<String, BufferedWriter> writers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public LogFileListener(Path dir) {
        this(dir, Clock.systemUTC());
    }

    public LogFileListener(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public Path fileFor(String server) {
        return dir.resolve(ServerNames.require(server) + ".log");
    }

    @Override
    public void line(String server, StdStream stream, String line) {
        append(server, "[" + stream.label() + "] " + line);
    }

    @Override
    public void started(String server, String summary) {
        append(server, "[command] " + summary);
    }

    private void append(String server, String text) {
        if (closed) {
            return;
        }
        BufferedWriter writer = writers.computeIfAbsent(server, this::open);
        String stamp = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        synchronized (writer) {
            try {
                writer.write(stamp + " " + text + "\n");
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + fileFor(server) + ": " + e.getMessage(), e);
            }
        }
    }

    private BufferedWriter open(String server) {
        Path file = fileFor(server);
        try {
            Files.createDirectories(dir);
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (BufferedWriter writer : writers.values()) {
            synchronized (writer) {
                try {
                    writer.close();
                } catch (IOException e) {
                    // every line was flushed as written; nothing is lost
                }
            }
        }
        writers.clear();
    }
}
