package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.time.WaitProgress;
import java.time.Duration;

/** Hears what the engine does, step by step, and how its waits go on, for progress views and logs. */
@FunctionalInterface
public interface ApplyListener extends WaitProgress {
    ApplyListener NONE = (resource, message) -> { };

    /** {@code resource} like {@code server server1} or {@code A www.acme.com}; {@code message} what happened. */
    void step(String resource, String message);

    /** A wait goes on (see {@link WaitProgress}); ignored unless a view shows it. */
    @Override
    default void waiting(String what, Duration elapsed, String state) {
    }
}
