package dev.cloudmaker.emulator.digitalocean;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Settings collected by {@link DigitalOceanEmulatorBuilder}. {@code stateFile} may be null;
 * {@code shutdownIgnored} makes every droplet's operating system ignore a clean shutdown request;
 * {@code latencyModel}, when not null, replaces the fixed {@code latency} and {@code bootDelay};
 * {@code rateLimitMinute} is how long the rate limiter's minute lasts (its hour is sixty of them).
 */
record EmulatorConfig(int port, Duration bootDelay, Duration actionDuration, Duration latency, int rateLimitPerMinute,
                      int rateLimitPerHour, List<FaultSpec> faults, long seed, Clock clock, Path stateFile,
                      boolean recordExchanges, boolean shutdownIgnored, LatencyModel latencyModel, Duration rateLimitMinute) {

    /** How long the next droplet takes to boot. */
    Duration nextBootDelay() {
        return latencyModel != null ? latencyModel.bootDelay() : bootDelay;
    }
}
