package dev.cloudmaker.core.time;

import java.time.Duration;

/** Hears a wait that goes on: after each poll that did not end it, what is awaited, for how long so far, and its state. */
@FunctionalInterface
public interface WaitProgress {
    WaitProgress NONE = (what, elapsed, state) -> { };

    /** {@code what} completes "waiting for ...", e.g. {@code 2 servers to become active}. */
    void waiting(String what, Duration elapsed, String state);
}
