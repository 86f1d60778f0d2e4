package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.PendingCreate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A namespace's pending creates in {@code cloudmaker.journal}, read fresh each time: a run that takes over
 * sees every entry its predecessor committed, and an entry commits (fenced) before its create is sent.
 * A read that fails fails the run: an empty journal here would let another machine duplicate servers.
 */
final class PgJournal implements Journal {
    private final Database db;
    private final String definition;
    private final String namespace;
    private final Fence fence;
    private final Runnable leaseCheck;

    /** @param leaseCheck this run's own check of its lease, without a round trip (see {@link PgLease#checkValid()}) */
    PgJournal(Database db, String definition, String namespace, Fence fence, Runnable leaseCheck) {
        this.db = db;
        this.definition = definition;
        this.namespace = namespace;
        this.fence = fence;
        this.leaseCheck = leaseCheck;
    }

    @Override
    public void checkWritable() {
        leaseCheck.run();
    }

    @Override
    public Map<String, PendingCreate> pendingCreates() {
        return db.inTransaction("read the journal", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT server, provider, sent_at, launch FROM cloudmaker.journal"
                    + " WHERE definition = ? AND namespace = ?")) {
                p.setString(1, definition);
                p.setString(2, namespace);
                Map<String, PendingCreate> out = new TreeMap<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), new PendingCreate(r.getString(2), r.getTimestamp(3).toInstant(), r.getString(4)));
                    }
                }
                return Map.copyOf(out);
            }
        });
    }

    @Override
    public void creating(Map<String, String> launches, String provider, Instant sentAt) {
        db.inTransaction("record the creates in the journal", c -> {
            long epoch = fence.check(c);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cloudmaker.journal(definition, namespace, server, provider,"
                    + " sent_at, launch, epoch) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (definition, namespace, server) DO UPDATE"
                    + " SET provider = EXCLUDED.provider, sent_at = EXCLUDED.sent_at, launch = EXCLUDED.launch, epoch = EXCLUDED.epoch")) {
                for (Map.Entry<String, String> e : launches.entrySet()) {
                    p.setString(1, definition);
                    p.setString(2, namespace);
                    p.setString(3, e.getKey());
                    p.setString(4, provider);
                    p.setTimestamp(5, Timestamp.from(sentAt));
                    p.setString(6, e.getValue());
                    p.setLong(7, epoch);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void seen(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        if (list.isEmpty()) {
            return;
        }
        db.inTransaction("clear entries of the journal", c -> {
            String[] servers = list.toArray(String[]::new);
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM cloudmaker.journal"
                    + " WHERE definition = ? AND namespace = ? AND server = ANY(?)")) {
                p.setString(1, definition);
                p.setString(2, namespace);
                p.setArray(3, c.createArrayOf("text", servers));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return null; // nothing to forget: no write, so no fence (read-only commands list too)
                    }
                }
            }
            fence.check(c);
            try (PreparedStatement p = c.prepareStatement("DELETE FROM cloudmaker.journal"
                    + " WHERE definition = ? AND namespace = ? AND server = ANY(?)")) {
                p.setString(1, definition);
                p.setString(2, namespace);
                p.setArray(3, c.createArrayOf("text", servers));
                p.executeUpdate();
            }
            return null;
        });
    }
}
