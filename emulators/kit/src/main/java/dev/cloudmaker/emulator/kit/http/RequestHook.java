package dev.cloudmaker.emulator.kit.http;

/**
 * Told of every request as it arrives, before faults, limits or the API act on it, and on the
 * request's own thread: a hook that blocks holds that request back (e.g. while a test kills the
 * client that sent it, so the request then lands with nobody waiting for the answer).
 */
@FunctionalInterface
public interface RequestHook {
    RequestHook NONE = (number, method, endpoint) -> { };

    /**
     * @param number   1 for the emulator's first request, counting every request since start
     * @param endpoint the operation's name, as fault specs target it, or {@code unknown}
     */
    void arrived(long number, String method, String endpoint) throws InterruptedException;
}
