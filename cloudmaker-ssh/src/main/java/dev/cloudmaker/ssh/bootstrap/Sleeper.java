package dev.cloudmaker.ssh.bootstrap;

import java.time.Duration;

/** Waits between polls of a busy package lock; tests pass one that only records, so they never sleep. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
