package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.state.RunHistory;
import dev.cloudmaker.core.state.RunOutcome;
import dev.cloudmaker.core.state.RunRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The runs of a definition (all its namespaces) in {@code cloudmaker.run}, newest first by insertion. */
final class PgRunHistory implements RunHistory {
    private final Database db;
    private final LeaseKey key;
    private final Fence fence;

    PgRunHistory(Database db, LeaseKey key, Fence fence) {
        this.db = db;
        this.key = key;
        this.fence = fence;
    }

    @Override
    public void record(RunRecord run) {
        db.inTransaction("record the run", c -> {
            long epoch = fence.check(c);
            insert(c, key, run, epoch);
            return null;
        });
    }

    @Override
    public List<RunRecord> recent(int limit) {
        return db.inTransaction("read the run history", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT command, user_name, host, pid, started_at, ended_at, outcome"
                    + " FROM cloudmaker.run WHERE definition = ? ORDER BY id DESC LIMIT ?")) {
                p.setString(1, key.definition());
                p.setInt(2, limit);
                List<RunRecord> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new RunRecord(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), instant(r.getTimestamp(5)),
                                instant(r.getTimestamp(6)), RunOutcome.valueOf(r.getString(7).toUpperCase(Locale.ROOT))));
                    }
                }
                return out;
            }
        });
    }

    static void insert(Connection c, LeaseKey key, RunRecord run, long epoch) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cloudmaker.run(definition, namespace, command, user_name, host, pid,"
                + " started_at, ended_at, outcome, epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            key.bind(p, 1);
            p.setString(3, run.command());
            p.setString(4, run.user());
            p.setString(5, run.host());
            p.setLong(6, run.pid());
            p.setTimestamp(7, timestamp(run.start()));
            p.setTimestamp(8, timestamp(run.end()));
            p.setString(9, run.outcome().name().toLowerCase(Locale.ROOT));
            if (epoch > 0) {
                p.setLong(10, epoch);
            } else {
                p.setNull(10, Types.BIGINT);
            }
            p.executeUpdate();
        }
    }

    private static Timestamp timestamp(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
