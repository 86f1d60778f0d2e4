package dev.cloudmaker.core.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal of one namespace in {@code .cloudmaker/journal-<namespace>.json}: server name → when its
 * create was sent ({@code "web1": "2024-05-01T10:00:00Z"}, as before providers were recorded), or
 * → {@code {"provider": "nyc", "sent_at": "...", "launch": "lq3x9k2a"}} when provider or launch is known.
 * No entry, no file.
 */
final class FileJournal implements Journal {
    private final Path file;
    private final Runnable fence;
    private final Map<String, PendingCreate> pendingCreates;

    private FileJournal(Path file, Runnable fence, Map<String, PendingCreate> pendingCreates) {
        this.file = file;
        this.fence = fence;
        this.pendingCreates = pendingCreates;
    }

    /** @param fence run before each write; throws when this run may no longer write */
    static FileJournal open(Path stateDir, String namespace, Runnable fence) {
        Path file = stateDir.resolve("journal-" + namespace + ".json");
        if (!Files.exists(file)) {
            return new FileJournal(file, fence, new TreeMap<>());
        }
        try {
            Map<String, PendingCreate> entries = new TreeMap<>();
            Json.MAPPER.readTree(file.toFile()).properties().forEach(e -> entries.put(e.getKey(), entry(e.getValue())));
            return new FileJournal(file, fence, entries);
        } catch (IOException | RuntimeException e) {
            // a journal we cannot read only costs the duplicate protection of one interrupted run
            return new FileJournal(file, fence, new TreeMap<>());
        }
    }

    @Override
    public synchronized Map<String, PendingCreate> pendingCreates() {
        return Map.copyOf(pendingCreates);
    }

    @Override
    public synchronized void creating(Map<String, String> launches, String provider, Instant sentAt) {
        fence.run();
        launches.forEach((name, launch) -> pendingCreates.put(name, new PendingCreate(provider, sentAt, launch)));
        save();
    }

    @Override
    public synchronized void seen(Iterable<String> names) {
        Map<String, PendingCreate> left = new TreeMap<>(pendingCreates);
        names.forEach(left::remove);
        if (left.size() < pendingCreates.size()) {
            fence.run();
            pendingCreates.keySet().retainAll(left.keySet());
            save();
        }
    }

    @Override
    public void checkWritable() {
        fence.run();
    }

    private static PendingCreate entry(JsonNode value) {
        if (value.isTextual()) {
            return new PendingCreate(null, Instant.parse(value.asText()), null);
        }
        return new PendingCreate(text(value.path("provider")), Instant.parse(value.path("sent_at").asText()),
                text(value.path("launch")));
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }

    private void save() {
        try {
            if (pendingCreates.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Map<String, Object> out = new TreeMap<>();
            pendingCreates.forEach((name, p) -> out.put(name, p.provider() == null && p.launch() == null ? p.sentAt().toString() : json(p)));
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> json(PendingCreate p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("provider", p.provider());
        m.put("sent_at", p.sentAt().toString());
        if (p.launch() != null) {
            m.put("launch", p.launch());
        }
        return m;
    }
}
