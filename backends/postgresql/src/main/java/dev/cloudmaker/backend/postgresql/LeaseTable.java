package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.state.LockHolder;
import dev.cloudmaker.core.state.LockStatus;
import dev.cloudmaker.core.state.RunOutcome;
import dev.cloudmaker.core.state.RunRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lease rows, one per (definition, namespace); every time is the database's {@code now()}, so the
 * clocks of the machines that share it do not matter. An attempt reads the row {@code FOR UPDATE}, so
 * two attempts are serialized: the first to commit gets epoch N+1, the other finds it held.
 */
final class LeaseTable {
    private final Database db;
    private final LeaseKey key;

    LeaseTable(Database db, LeaseKey key) {
        this.db = db;
        this.key = key;
    }

    /** The row as read: who holds or last held it, and whether that lease still runs. */
    record Row(long epoch, LockHolder holder, boolean live, boolean released, Instant expiresAt) {
    }

    /** One try to take the lease: its epoch, or the row of the run that holds it. */
    record Attempt(long epoch, Row holding, Optional<LockHolder> tookOverFrom) {
        boolean taken() {
            return epoch > 0;
        }
    }

    Attempt attempt(LockHolder me, Duration length) {
        return db.inTransaction("take the lease", c -> {
            Optional<Row> row = read(c, true);
            if (row.isEmpty()) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO cloudmaker.lease(definition, namespace, epoch, holder,"
                        + " acquired_at, renewed_at, expires_at) VALUES (?, ?, 1, ?::jsonb, now(), now(), now() + make_interval(secs => ?))"
                        + " ON CONFLICT DO NOTHING")) {
                    key.bind(p, 1);
                    p.setString(3, me.toJson());
                    p.setDouble(4, length.toMillis() / 1000.0);
                    return p.executeUpdate() == 1 ? new Attempt(1, null, Optional.empty()) : new Attempt(0, null, Optional.empty());
                }
            }
            Row r = row.get();
            if (r.live()) {
                return new Attempt(0, r, Optional.empty());
            }
            long epoch;
            try (PreparedStatement p = c.prepareStatement("UPDATE cloudmaker.lease SET epoch = epoch + 1, holder = ?::jsonb,"
                    + " acquired_at = now(), renewed_at = now(), expires_at = now() + make_interval(secs => ?), released_at = NULL"
                    + " WHERE definition = ? AND namespace = ? RETURNING epoch")) {
                p.setString(1, me.toJson());
                p.setDouble(2, length.toMillis() / 1000.0);
                key.bind(p, 3);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    epoch = rs.getLong(1);
                }
            }
            if (r.released()) {
                return new Attempt(epoch, null, Optional.empty());
            }
            // expired without a release: its run ended unseen, and the history says so
            PgRunHistory.insert(c, key, RunRecord.of(r.holder(), null, RunOutcome.ABANDONED), r.epoch());
            return new Attempt(epoch, null, Optional.of(r.holder()));
        });
    }

    LockStatus status() {
        return db.inTransaction("read the lease", c -> status(read(c, false)));
    }

    Optional<Row> row() {
        return db.inTransaction("read the lease", c -> read(c, false));
    }

    /**
     * Ends the lease {@code seen} described although its holder may live: the epoch moves on, so that
     * holder's next renewal or write fails. Refused when the lease changed since it was read.
     */
    void breakLease(LockStatus seen) {
        db.inTransaction("break the lease", c -> {
            Optional<Row> now = read(c, true);
            LockStatus current = status(now);
            if (!current.equals(seen) || now.isEmpty()) {
                throw new CloudmakerException("the lease on " + key.describe() + " changed since it was read ("
                        + current.holder().map(h -> "now " + h.describe(Instant.now())).orElse("now without a holder")
                        + "); check it again with `cloudmaker unlock`. The lease is kept.");
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE cloudmaker.lease SET epoch = epoch + 1, released_at = now()"
                    + " WHERE definition = ? AND namespace = ? AND epoch = ?")) {
                key.bind(p, 1);
                p.setLong(3, now.get().epoch());
                p.executeUpdate();
            }
            if (now.get().live()) {
                PgRunHistory.insert(c, key, RunRecord.of(now.get().holder(), null, RunOutcome.ABANDONED), now.get().epoch());
            }
            return null;
        });
    }

    /** Held, with its holder; or expired without a release (stale), with the holder that left it; or free. */
    private static LockStatus status(Optional<Row> row) {
        return row.filter(r -> !r.released())
                .map(r -> new LockStatus(r.live(), Optional.of(r.holder())))
                .orElse(new LockStatus(false, Optional.empty()));
    }

    private Optional<Row> read(Connection c, boolean forUpdate) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT epoch, holder::text, released_at IS NOT NULL,"
                + " released_at IS NULL AND expires_at > now(), expires_at FROM cloudmaker.lease"
                + " WHERE definition = ? AND namespace = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            key.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                LockHolder holder = LockHolder.parse(r.getString(2))
                        .orElse(new LockHolder("?", "?", -1, null, "?", null));
                Timestamp expires = r.getTimestamp(5);
                return Optional.of(new Row(r.getLong(1), holder, r.getBoolean(4), r.getBoolean(3), expires.toInstant()));
            }
        }
    }
}
