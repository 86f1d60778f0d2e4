package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Settings collected by {@link DigitalOceanEmulatorBuilder}. {@code stateFile} may be null;
 * {@code shutdownIgnored} makes every droplet's operating system ignore a clean shutdown request;
 * {@code timing} gives every answer's latency and every droplet's boot delay (a fixed or a modelled one);
 * {@code rateLimitMinute} is how long the rate limiter's minute lasts (its hour is sixty of them).
 */
record EmulatorConfig(int port, Duration actionDuration, LatencyModel timing, int rateLimitPerMinute,
                      int rateLimitPerHour, List<FaultSpec> faults, long seed, Clock clock, Path stateFile,
                      boolean recordExchanges, boolean shutdownIgnored, Duration rateLimitMinute) {

    /** How long the next droplet takes to boot. */
    Duration nextBootDelay() {
        return timing.bootDelay();
    }
}
