package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileListenerTest {
    @TempDir
    Path dir;

    @Test
    void appendsTimestampedLinesPerServerAndFlushesEachOne() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
        try (LogFileListener log = new LogFileListener(dir.resolve("logs"), clock)) {
            log.started("web1", "apt-get update");
            log.line("web1", StdStream.STDOUT, "Hit:1 http://deb");
            log.line("db1", StdStream.STDERR, "warning");

            // readable before close: every line is flushed as it is written
            assertThat(Files.readAllLines(dir.resolve("logs/web1.log"))).containsExactly(
                    "2026-01-02T03:04:05.678Z [command] apt-get update",
                    "2026-01-02T03:04:05.678Z [stdout] Hit:1 http://deb");
            assertThat(Files.readAllLines(log.fileFor("db1"))).containsExactly("2026-01-02T03:04:05.678Z [stderr] warning");
        }
        try (LogFileListener again = new LogFileListener(dir.resolve("logs"), clock)) {
            again.line("db1", StdStream.STDOUT, "second run");
        }
        assertThat(Files.readAllLines(dir.resolve("logs/db1.log"))).hasSize(2).last().asString().endsWith("[stdout] second run");
    }

    @Test
    void manyThreadsNeverTearALine() throws Exception {
        try (LogFileListener log = new LogFileListener(dir)) {
            List<CompletableFuture<Void>> writers = IntStream.range(0, 8)
                    .mapToObj(t -> CompletableFuture.runAsync(() -> IntStream.range(0, 500)
                            .forEach(i -> log.line("web1", StdStream.STDOUT, "thread" + t + " line" + i + " " + "x".repeat(100)))))
                    .toList();
            writers.forEach(CompletableFuture::join);
        }

        List<String> lines = Files.readAllLines(dir.resolve("web1.log"));
        assertThat(lines).hasSize(4000).allMatch(l -> l.matches("\\S+ \\[stdout\\] thread\\d line\\d+ x{100}"));
    }
}
