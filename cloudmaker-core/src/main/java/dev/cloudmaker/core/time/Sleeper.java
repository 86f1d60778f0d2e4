package dev.cloudmaker.core.time;

import java.time.Duration;

/** The one place cloudmaker pauses; tests pass a sleeper that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
