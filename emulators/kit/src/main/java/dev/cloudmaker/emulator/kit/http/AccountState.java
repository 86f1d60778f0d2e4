package dev.cloudmaker.emulator.kit.http;

import java.util.function.Supplier;

/**
 * An emulated account's state as the pipeline drives it: every request's handler runs under one lock, and what
 * changed it is saved before the answer leaves.
 */
public interface AccountState {

    /** Runs {@code work} under the state's lock, after applying the changes time has brought (boots, actions). */
    <T> T locked(Supplier<T> work);

    /** Saves the state (to its state file, if it has one); called under the lock after a change. */
    void persist();
}
