package dev.cloudmaker.core.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers creates whose result has not been seen in a listing yet. A run killed between a create
 * call and its reply leaves an entry; the next run waits for that server to appear (listings lag
 * behind creates) instead of creating a duplicate.
 */
public final class Journal {
    private final Path file;
    private final Map<String, Instant> pendingCreates;

    private Journal(Path file, Map<String, Instant> pendingCreates) {
        this.file = file;
        this.pendingCreates = pendingCreates;
    }

    public static Journal open(Path stateDir, String namespace) {
        Path file = stateDir.resolve("journal-" + namespace + ".json");
        if (!Files.exists(file)) {
            return new Journal(file, new TreeMap<>());
        }
        try {
            Map<String, Instant> entries = Json.MAPPER.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() { })
                    .entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            Map.Entry::getKey, e -> Instant.parse(e.getValue()), (a, b) -> a, TreeMap::new));
            return new Journal(file, entries);
        } catch (IOException | RuntimeException e) {
            // a journal we cannot read only costs the duplicate protection of one interrupted run
            return new Journal(file, new TreeMap<>());
        }
    }

    /** Server name → when its create was sent, for creates not yet seen in a listing. */
    public synchronized Map<String, Instant> pendingCreates() {
        return Map.copyOf(pendingCreates);
    }

    public synchronized void creating(Iterable<String> names, Instant at) {
        names.forEach(n -> pendingCreates.put(n, at));
        save();
    }

    public synchronized void seen(Iterable<String> names) {
        boolean changed = false;
        for (String n : names) {
            changed |= pendingCreates.remove(n) != null;
        }
        if (changed) {
            save();
        }
    }

    private void save() {
        try {
            if (pendingCreates.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Map<String, String> out = new TreeMap<>();
            pendingCreates.forEach((k, v) -> out.put(k, v.toString()));
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
