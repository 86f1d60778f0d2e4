package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.PendingCreate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A journal kept in memory, for the engine's tests. */
final class MemoryJournal implements Journal {
    private final Map<String, PendingCreate> pending = new HashMap<>();

    @Override
    public synchronized Map<String, PendingCreate> pendingCreates() {
        return Map.copyOf(pending);
    }

    @Override
    public synchronized void creating(Map<String, String> launches, String provider, Instant sentAt) {
        launches.forEach((name, launch) -> pending.put(name, new PendingCreate(provider, sentAt, launch)));
    }

    @Override
    public synchronized void seen(Iterable<String> names) {
        names.forEach(pending::remove);
    }
}
