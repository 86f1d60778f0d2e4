package dev.cloudmaker.core.state;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where a definition's state lives between runs. One store per definition; the writes of its
 * journals, host keys, pins and run history are fenced by the {@link Lease} it handed out, if any:
 * a store shared by several machines refuses a write from a holder whose lease was lost or taken
 * over, so a replaced run cannot send a create the journal never recorded.
 *
 * <p>{@link FileStateStore} keeps it all in the definition's folder. A store shared by a team
 * (PostgreSQL: a lease row with an expiry and an epoch) implements the same methods.
 */
public interface StateStore {

    /**
     * Takes the definition's one-writer lock for {@code command}, waiting up to {@code wait} for its
     * holder to finish (zero: not at all). A lock left by a run that ended without releasing it is
     * taken over, {@code notices} told whose it was, and that run recorded as abandoned.
     *
     * @throws WorkspaceBusyException when another run holds it after the wait
     */
    Lease lock(String command, Duration wait, Consumer<String> notices);

    /** Who holds the lock now, or (not held) who left it stale; takes nothing. */
    LockStatus lockStatus();

    /**
     * Removes the lock although its holder may live: only for one the user knows is gone. Refused
     * when the lock is no longer the one {@code seen} described (another run took it meanwhile).
     */
    void forceUnlock(LockStatus seen);

    /** The creates sent in {@code namespace} whose servers no listing has shown yet. */
    Journal journal(String namespace);

    /** The host keys cloudmaker generated for the servers of {@code namespace}. */
    HostKeys hostKeys(String namespace);

    /** The servers' pinned public host keys, which every SSH connection is checked against. */
    HostKeyPins pins();

    /** The runs that held the lock, how they ended. */
    RunHistory runs();
}
