package dev.cloudmaker.core.state;

/**
 * The one-writer lock on a definition, held by this run until {@link #close()}. A store whose lock
 * can be lost while its holder runs (a lease that expires, a lock removed by {@code unlock --force})
 * says so through {@link #checkValid()}, and its epoch orders the holders so that a write carrying an
 * older one is refused.
 */
public interface Lease extends AutoCloseable {

    /** This run, as others see it in their "busy" messages. */
    LockHolder holder();

    /**
     * The fencing token: greater for each later holder of the lock. The file store needs none (the
     * OS lock excludes every other writer while its process lives) and answers 0.
     */
    long epoch();

    /** @throws LeaseLostException when the lock is no longer this run's, or was released */
    void checkValid();

    /** Releases the lock; a second call does nothing. */
    @Override
    void close();
}
