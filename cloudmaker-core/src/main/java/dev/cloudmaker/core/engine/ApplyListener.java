package dev.cloudmaker.core.engine;

/** Hears what the engine does, step by step, for progress views and logs. */
@FunctionalInterface
public interface ApplyListener {
    ApplyListener NONE = (resource, message) -> { };

    /** {@code resource} like {@code server server1} or {@code A www.acme.com}; {@code message} what happened. */
    void step(String resource, String message);
}
