package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.core.state.HostKeys;
import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.LockHolder;
import dev.cloudmaker.core.state.LockStatus;
import dev.cloudmaker.core.state.RunHistory;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.WorkspaceBusyException;
import dev.cloudmaker.core.time.Durations;
import dev.cloudmaker.core.time.Waiter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A definition's state in PostgreSQL: the lease of one namespace (see {@link LeaseTable}, {@link PgLease}), and
 * the journals, host keys, pins and run history, each write fenced by the lease while this store holds one.
 */
final class PgStateStore implements SharedStateStore {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Database db;
    private final LeaseKey key;
    private final LeaseTable leases;
    private final Optional<Secret> stateKey;
    private final Map<String, Map<String, Secret>> unsealed = new ConcurrentHashMap<>();
    private volatile PgLease lease;
    private volatile Optional<HostKeyCipher> cipher;

    PgStateStore(Database db, LeaseKey key, Optional<Secret> stateKey) {
        this.db = db;
        this.key = key;
        this.leases = new LeaseTable(db, key);
        this.stateKey = stateKey;
    }

    @Override
    public String location() {
        return db.url().display() + " (" + key.describe() + ")";
    }

    @Override
    public Lease lock(String command, Duration wait, Consumer<String> notices) {
        LockHolder me = LockHolder.current(command, Instant.now());
        Duration length = db.url().lease();
        Timed got;
        if (wait.isZero() || wait.isNegative()) {
            got = attempt(me, length);
        } else {
            try {
                got = Waiter.waitingFor("the other run on " + key.describe() + " to finish", wait)
                        .polling(Duration.ofMillis(200), Duration.ofSeconds(4))
                        .until(() -> attempt(me, length), t -> t.attempt().taken(), t -> "held by " + holding(t.attempt()));
            } catch (WaitTimeoutException e) {
                throw busy(attempt(me, length).attempt(), wait);
            }
        }
        if (!got.attempt().taken()) {
            throw busy(got.attempt(), null);
        }
        got.attempt().tookOverFrom().ifPresent(stale -> notices.accept("took over an expired lease: " + stale.describe(Instant.now())
                + " stopped renewing it without releasing it (killed, paused, or cut off from " + db.url().display() + ")"));
        PgLease taken = new PgLease(db, key, got.attempt().epoch(), me, length, got.sentNanos());
        lease = taken;
        return taken;
    }

    /** An attempt, and when it was sent: the lease counts from then, by this machine's monotonic clock. */
    private record Timed(LeaseTable.Attempt attempt, long sentNanos) {
    }

    private Timed attempt(LockHolder me, Duration length) {
        long sent = System.nanoTime();
        return new Timed(leases.attempt(me, length), sent);
    }

    private WorkspaceBusyException busy(LeaseTable.Attempt a, Duration waited) {
        if (a.taken()) {
            // freed just as the wait ended; give it back rather than hold it unasked
            new PgLease(db, key, a.epoch(), LockHolder.current("?", Instant.now()), db.url().lease(), System.nanoTime()).close();
        }
        StringBuilder m = new StringBuilder(key.describe() + " in " + db.url().display() + " is being changed by ").append(holding(a));
        if (waited != null) {
            m.append("; waited ").append(Durations.format(waited)).append(" for it");
        }
        return new WorkspaceBusyException(m.toString(), a.holding() == null ? null : a.holding().holder(), null);
    }

    private static String holding(LeaseTable.Attempt a) {
        if (a.holding() == null) {
            return "another cloudmaker run (it took the lease at the same moment)";
        }
        return a.holding().holder().describe(Instant.now()) + "; its lease runs until " + CLOCK.format(a.holding().expiresAt())
                + " unless renewed";
    }

    @Override
    public LockStatus lockStatus() {
        return leases.status();
    }

    @Override
    public void forceUnlock(LockStatus seen) {
        leases.breakLease(seen);
    }

    @Override
    public Journal journal(String namespace) {
        return new PgJournal(db, key.definition(), namespace, this::fence, this::checkLease);
    }

    @Override
    public HostKeys hostKeys(String namespace) {
        return new PgHostKeys(db, key.definition(), namespace, this::fence, this::cipher,
                unsealed.computeIfAbsent(namespace, n -> new ConcurrentHashMap<>()));
    }

    @Override
    public HostKeyPins pins() {
        return new PgPins(db, key.definition(), this::fence);
    }

    @Override
    public RunHistory runs() {
        return new PgRunHistory(db, key, this::fence);
    }

    private long fence(Connection c) throws SQLException {
        PgLease held = lease;
        if (held == null || !held.isHeld()) {
            return 0;
        }
        held.fence(c);
        return held.epoch();
    }

    private void checkLease() {
        PgLease held = lease;
        if (held != null && held.isHeld()) {
            held.checkValid();
        }
    }

    private Optional<HostKeyCipher> cipher() {
        if (cipher == null) {
            cipher = stateKey.map(k -> HostKeyCipher.derive(k, db.inTransaction("read the key salt", c -> Schema.get(c, Schema.KDF_SALT))));
        }
        return cipher;
    }

    @Override
    public void close() {
        PgLease held = lease;
        if (held != null) {
            held.close();
        }
        db.close();
    }
}
