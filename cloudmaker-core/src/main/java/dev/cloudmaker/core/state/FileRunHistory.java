package dev.cloudmaker.core.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The history in {@code .cloudmaker/runs.jsonl}, one JSON object per line, oldest first, at most
 * {@link #MAX_RUNS} lines. Each record rewrites the file whole ({@link AtomicFiles}), so a kill leaves
 * the old file or the new one; runs record under the workspace lock, so none is lost to another.
 * A line that cannot be read (edited by hand) is skipped.
 */
final class FileRunHistory implements RunHistory {
    static final int MAX_RUNS = 1000;
    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object lock;
    private final Runnable fence;

    /** @param fence run before each write; throws when this run may no longer write */
    FileRunHistory(Path stateDir, Runnable fence) {
        this.file = stateDir.resolve("runs.jsonl").toAbsolutePath().normalize();
        this.lock = LOCKS.computeIfAbsent(file, f -> new Object());
        this.fence = fence;
    }

    @Override
    public void record(RunRecord run) {
        synchronized (lock) {
            fence.run();
            List<String> lines = new ArrayList<>(lines());
            lines.add(toJson(run));
            StringBuilder out = new StringBuilder();
            lines.subList(Math.max(0, lines.size() - MAX_RUNS), lines.size()).forEach(l -> out.append(l).append('\n'));
            AtomicFiles.writeString(file, out.toString());
        }
    }

    @Override
    public List<RunRecord> recent(int limit) {
        List<RunRecord> runs = new ArrayList<>();
        synchronized (lock) {
            lines().forEach(l -> parse(l).ifPresent(runs::add));
        }
        return runs.reversed().stream().limit(limit).toList();
    }

    private List<String> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String toJson(RunRecord r) {
        ObjectNode n = Json.object();
        n.put("command", r.command()).put("user", r.user()).put("host", r.host()).put("pid", r.pid())
                .put("start", text(r.start())).put("end", text(r.end()))
                .put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        return n.toString();
    }

    private static Optional<RunRecord> parse(String line) {
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            return Optional.of(new RunRecord(n.path("command").asText("?"), n.path("user").asText("?"),
                    n.path("host").asText("?"), n.path("pid").asLong(-1), instant(n.path("start")), instant(n.path("end")),
                    RunOutcome.valueOf(n.path("outcome").asText().toUpperCase(Locale.ROOT))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    private static Instant instant(JsonNode n) {
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }
}
