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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The history in {@code .cloudmaker/runs.jsonl}, one JSON object per line, oldest first, at most
 * {@link #MAX_RUNS} lines. Each record rewrites the file whole ({@link AtomicFiles}), so a kill leaves
 * the old file or the new one; runs record under the workspace lock, so none is lost to another.
 * A line that cannot be read (edited by hand) is skipped. A line written before runs had ids (and plans) is read
 * with an id made from its text, the same each time it is read.
 */
final class FileRunHistory implements RunHistory {
    static final int MAX_RUNS = 1000;
    /** The newest runs that keep their full plan; older ones keep its summary (the file is rewritten whole on each run). */
    static final int MAX_PLANS = 100;
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
            try {
                lines.add(toJson(run));
            } catch (IOException e) {
                throw new UncheckedIOException("the plan of run " + run.id() + " is not JSON: " + e.getMessage(), e);
            }
            List<String> kept = lines.subList(Math.max(0, lines.size() - MAX_RUNS), lines.size());
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < kept.size(); i++) {
                out.append(i < kept.size() - MAX_PLANS ? withoutPlan(kept.get(i)) : kept.get(i)).append('\n');
            }
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

    @Override
    public Optional<RunRecord> find(String id) {
        return recent(MAX_RUNS).stream().filter(r -> r.id().equals(id)).findFirst();
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

    private static String toJson(RunRecord r) throws IOException {
        ObjectNode n = Json.object();
        n.put("id", r.id()).put("command", r.command()).put("user", r.user()).put("host", r.host()).put("pid", r.pid())
                .put("start", text(r.start())).put("end", text(r.end()))
                .put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        if (r.plan() != null) {
            n.put("plan_summary", r.plan().summary());
            if (r.plan().document() != null) {
                n.set("plan", Json.MAPPER.readTree(r.plan().document()));
            }
        }
        n.put("result", r.result());
        return n.toString();
    }

    private static Optional<RunRecord> parse(String line) {
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            String id = n.path("id").isTextual() ? n.path("id").asText() : idOf(line);
            RunPlan plan = n.path("plan_summary").isTextual()
                    ? new RunPlan(n.path("plan_summary").asText(), n.path("plan").isObject() ? n.path("plan").toString() : null) : null;
            return Optional.of(new RunRecord(id, n.path("command").asText("?"), n.path("user").asText("?"),
                    n.path("host").asText("?"), n.path("pid").asLong(-1), instant(n.path("start")), instant(n.path("end")),
                    RunOutcome.valueOf(n.path("outcome").asText().toUpperCase(Locale.ROOT)), plan,
                    n.path("result").isTextual() ? n.path("result").asText() : null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The line without its full plan (an older run's), else as it is; a line that is not JSON is left alone. */
    private static String withoutPlan(String line) {
        if (!line.contains("\"plan\":{")) {
            return line;
        }
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            return n instanceof ObjectNode o && o.remove("plan") != null ? o.toString() : line;
        } catch (IOException e) {
            return line;
        }
    }

    /** The id of a line written before runs had one: from its text, so the same on every read and every machine. */
    private static String idOf(String line) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    private static Instant instant(JsonNode n) {
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }
}
