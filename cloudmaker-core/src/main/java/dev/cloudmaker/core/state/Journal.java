package dev.cloudmaker.core.state;

import java.time.Instant;
import java.util.Map;

/**
 * Remembers creates whose result has not been seen in a listing yet. A run killed between a create
 * call and its reply leaves an entry; the next run waits for that server to appear (listings lag
 * behind creates) instead of creating a duplicate. An entry is written before its create is sent,
 * so a run that may no longer write (its lease lost) never sends one.
 */
public interface Journal {

    /** Server name → where, when and as which launch its create was sent, for creates not yet seen in a listing. */
    Map<String, PendingCreate> pendingCreates();

    /** Records that the creates of these servers (name → launch generation) are about to be sent to {@code provider}. */
    void creating(Map<String, String> launches, String provider, Instant sentAt);

    /** Forgets the entries of {@code names}: listed, or refused outright. */
    void seen(Iterable<String> names);

    /**
     * Throws {@link LeaseLostException} when this run may no longer change the cloud: its lease was lost (a shared
     * store's expired while the run was paused or cut off, or was broken). Checked before each step of an apply
     * that needs no journal entry (deletes, resizes, records), so a stale holder stops before it sends one.
     */
    default void checkWritable() {
    }
}
