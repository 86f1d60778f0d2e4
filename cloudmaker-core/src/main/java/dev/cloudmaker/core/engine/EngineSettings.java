package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;

/**
 * How the engine runs: how many API calls at once, how long servers may take to become active,
 * how long a created server may stay missing from listings before it counts as not created, and
 * how often to poll, and what cloudmaker adds to each server's first boot (see {@link FirstBoot}).
 */
public record EngineSettings(int parallelism, Duration activeTimeout, Duration visibilityGrace,
                             Duration pollInitial, Duration pollMax, int recordTtl, Clock clock, Sleeper sleeper,
                             FirstBoot firstBoot) {

    public static EngineSettings defaults() {
        return new EngineSettings(10, Duration.ofMinutes(10), Duration.ofSeconds(60),
                Duration.ofMillis(500), Duration.ofSeconds(5), 1800, Clock.systemUTC(), Sleeper.SYSTEM, FirstBoot.NONE);
    }

    public EngineSettings withActiveTimeout(Duration timeout) {
        return new EngineSettings(parallelism, timeout, visibilityGrace, pollInitial, pollMax, recordTtl, clock, sleeper, firstBoot);
    }

    public EngineSettings withVisibilityGrace(Duration grace) {
        return new EngineSettings(parallelism, activeTimeout, grace, pollInitial, pollMax, recordTtl, clock, sleeper, firstBoot);
    }

    public EngineSettings withPolling(Duration initial, Duration max) {
        return new EngineSettings(parallelism, activeTimeout, visibilityGrace, initial, max, recordTtl, clock, sleeper, firstBoot);
    }

    public EngineSettings withFirstBoot(FirstBoot added) {
        return new EngineSettings(parallelism, activeTimeout, visibilityGrace, pollInitial, pollMax, recordTtl, clock, sleeper, added);
    }
}
