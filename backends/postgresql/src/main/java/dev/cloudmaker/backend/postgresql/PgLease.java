package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.LeaseLostException;
import dev.cloudmaker.core.state.LockHolder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This run's lease on a {@link LeaseKey}: the row's epoch is the fencing token; a daemon thread renews
 * the row every third of its length. The run counts its lease valid only until the last renewal that
 * succeeded, plus the length, minus a margin, by its own monotonic clock: a run paused or cut off
 * from the database past that stops by itself, and the database refuses its writes (see {@link #fence}).
 */
final class PgLease implements Lease {
    private final Database db;
    private final LeaseKey key;
    private final long epoch;
    private final LockHolder holder;
    private final Duration length;
    private final Duration margin;
    private final ScheduledExecutorService renewer;
    private volatile long validUntilNanos;
    private volatile String lost;
    private volatile boolean released;

    PgLease(Database db, LeaseKey key, long epoch, LockHolder holder, Duration length, long takenAtNanos) {
        this.db = db;
        this.key = key;
        this.epoch = epoch;
        this.holder = holder;
        this.length = length;
        this.margin = length.dividedBy(3).compareTo(Duration.ofSeconds(5)) < 0 ? length.dividedBy(3) : Duration.ofSeconds(5);
        this.validUntilNanos = takenAtNanos + length.minus(margin).toNanos();
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cloudmaker-lease-renewer");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(200, length.dividedBy(3).toMillis());
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public LockHolder holder() {
        return holder;
    }

    @Override
    public long epoch() {
        return epoch;
    }

    LeaseKey key() {
        return key;
    }

    boolean isHeld() {
        return !released;
    }

    @Override
    public void checkValid() {
        if (released) {
            throw new LeaseLostException("this run released its lease on " + key.describe() + " and may not write any more");
        }
        if (lost != null) {
            throw lostException(lost);
        }
        if (System.nanoTime() - validUntilNanos > 0) {
            throw lostException("it could not be renewed for " + length.minus(margin).toSeconds()
                    + " s (the run was paused, or the database could not be reached)");
        }
    }

    /**
     * Inside a write's transaction: holds off a take-over until the write commits, and fails unless this
     * run's epoch is still the lease's and the lease has not expired by the database's clock.
     */
    void fence(Connection c) throws SQLException {
        checkValid();
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM cloudmaker.lease WHERE definition = ? AND namespace = ?"
                + " AND epoch = ? AND released_at IS NULL AND expires_at > now() FOR SHARE")) {
            key.bind(p, 1);
            p.setLong(3, epoch);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    lost = "the database no longer counts it this run's (it expired, or another run or `cloudmaker unlock --force` took it)";
                    throw lostException(lost);
                }
            }
        }
    }

    /** Stops renewing without releasing: what a killed or frozen holder looks like to the database (tests). */
    void suspendRenewals() {
        renewer.shutdownNow();
    }

    private void renew() {
        if (released || lost != null) {
            return;
        }
        long sent = System.nanoTime();
        try {
            int rows = db.inTransaction("renew the lease", c -> {
                try (PreparedStatement p = c.prepareStatement("UPDATE cloudmaker.lease SET renewed_at = now(),"
                        + " expires_at = now() + make_interval(secs => ?) WHERE definition = ? AND namespace = ? AND epoch = ?"
                        + " AND released_at IS NULL AND expires_at > now()")) {
                    p.setDouble(1, length.toMillis() / 1000.0);
                    key.bind(p, 2);
                    p.setLong(4, epoch);
                    return p.executeUpdate();
                }
            });
            if (rows == 1) {
                validUntilNanos = sent + length.minus(margin).toNanos();
            } else {
                lost = "it had expired when this run tried to renew it, or another run or `cloudmaker unlock --force` took it";
            }
        } catch (RuntimeException e) {
            // the database is unreachable: the lease runs out by itself unless a later renewal succeeds
        }
    }

    private LeaseLostException lostException(String why) {
        return new LeaseLostException("this run (" + holder.command() + ", epoch " + epoch + ") lost its lease on " + key.describe()
                + " in " + db.url().display() + ": " + why + ". It stops without changing anything more; run it again"
                + " to continue from what the backend recorded");
    }

    /** Marks the lease released (the next run takes it at once); if that fails, it expires by itself. */
    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        renewer.shutdownNow();
        if (lost != null) {
            return;
        }
        try {
            db.inTransaction("release the lease", c -> {
                try (PreparedStatement p = c.prepareStatement("UPDATE cloudmaker.lease SET released_at = now()"
                        + " WHERE definition = ? AND namespace = ? AND epoch = ? AND released_at IS NULL")) {
                    key.bind(p, 1);
                    p.setLong(3, epoch);
                    return p.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            // the lease expires within its length
        }
    }
}
