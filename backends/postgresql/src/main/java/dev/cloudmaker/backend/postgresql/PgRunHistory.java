package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.state.RunHistory;
import dev.cloudmaker.core.state.RunOutcome;
import dev.cloudmaker.core.state.RunPlan;
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
import java.util.Optional;

/** The runs of a definition (all its namespaces) in {@code cloudmaker.run}, newest first by insertion. */
final class PgRunHistory implements RunHistory {
    private static final String SELECT = "SELECT ref, command, user_name, host, pid, started_at, ended_at, outcome, plan::text,"
            + " plan_summary, result FROM cloudmaker.run";

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
            try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE definition = ? ORDER BY id DESC LIMIT ?")) {
                p.setString(1, key.definition());
                p.setInt(2, limit);
                return read(p);
            }
        });
    }

    @Override
    public Optional<RunRecord> find(String id) {
        return db.inTransaction("read the run history", c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE definition = ? AND ref = ? ORDER BY id DESC LIMIT 1")) {
                p.setString(1, key.definition());
                p.setString(2, id);
                return read(p).stream().findFirst();
            }
        });
    }

    private static List<RunRecord> read(PreparedStatement p) throws SQLException {
        List<RunRecord> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String summary = r.getString(10);
                out.add(new RunRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                        instant(r.getTimestamp(6)), instant(r.getTimestamp(7)), RunOutcome.valueOf(r.getString(8).toUpperCase(Locale.ROOT)),
                        summary == null ? null : new RunPlan(summary, r.getString(9)), r.getString(11)));
            }
        }
        return out;
    }

    static void insert(Connection c, LeaseKey key, RunRecord run, long epoch) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cloudmaker.run(definition, namespace, command, user_name, host, pid,"
                + " started_at, ended_at, outcome, epoch, ref, plan_summary, plan, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
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
            p.setString(11, run.id());
            p.setString(12, run.plan() == null ? null : run.plan().summary());
            p.setString(13, run.plan() == null ? null : run.plan().document());
            p.setString(14, run.result());
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
