package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;

/**
 * How the engine runs: how many API calls at once, how long servers may take to become active,
 * how long a created server may stay missing from listings before it counts as not created, and
 * how often to poll, and what cloudmaker adds to each server's first boot (see {@link FirstBoot}).
 * {@code createZones} lets a plan create the DNS zones it needs on a DNS provider whose zones are not free
 * ({@link dev.cloudmaker.core.spi.Capabilities#freeZones()}): the CLI's {@code --create-zones}.
 */
public record EngineSettings(int parallelism, Duration activeTimeout, Duration visibilityGrace,
                             Duration pollInitial, Duration pollMax, int recordTtl, Clock clock, Sleeper sleeper,
                             FirstBoot firstBoot, boolean createZones) {

    /** Settings that leave a zone that is not free to the user. */
    public EngineSettings(int parallelism, Duration activeTimeout, Duration visibilityGrace, Duration pollInitial, Duration pollMax,
                          int recordTtl, Clock clock, Sleeper sleeper, FirstBoot firstBoot) {
        this(parallelism, activeTimeout, visibilityGrace, pollInitial, pollMax, recordTtl, clock, sleeper, firstBoot, false);
    }

    public static EngineSettings defaults() {
        return new EngineSettings(10, Duration.ofMinutes(10), Duration.ofSeconds(60),
                Duration.ofMillis(500), Duration.ofSeconds(5), 1800, Clock.systemUTC(), Sleeper.SYSTEM, FirstBoot.NONE);
    }

    public EngineSettings withActiveTimeout(Duration timeout) {
        return new EngineSettings(parallelism, timeout, visibilityGrace, pollInitial, pollMax, recordTtl, clock, sleeper, firstBoot,
                createZones);
    }

    public EngineSettings withVisibilityGrace(Duration grace) {
        return new EngineSettings(parallelism, activeTimeout, grace, pollInitial, pollMax, recordTtl, clock, sleeper, firstBoot,
                createZones);
    }

    public EngineSettings withPolling(Duration initial, Duration max) {
        return new EngineSettings(parallelism, activeTimeout, visibilityGrace, initial, max, recordTtl, clock, sleeper, firstBoot,
                createZones);
    }

    public EngineSettings withFirstBoot(FirstBoot added) {
        return new EngineSettings(parallelism, activeTimeout, visibilityGrace, pollInitial, pollMax, recordTtl, clock, sleeper, added,
                createZones);
    }

    /** Plans may create the missing DNS zones they need even where a zone costs money or needs delegation. */
    public EngineSettings withCreateZones(boolean create) {
        return new EngineSettings(parallelism, activeTimeout, visibilityGrace, pollInitial, pollMax, recordTtl, clock, sleeper, firstBoot,
                create);
    }
}
