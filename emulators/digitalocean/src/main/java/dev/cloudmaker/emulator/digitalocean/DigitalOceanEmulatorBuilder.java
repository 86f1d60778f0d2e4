package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Settings of a {@link DigitalOceanEmulator}; obtain with {@link DigitalOceanEmulator#builder()}. */
public final class DigitalOceanEmulatorBuilder {
    private int port;
    private Duration bootDelay = Duration.ofSeconds(3);
    private Duration actionDuration = Duration.ofSeconds(1);
    private Duration latency = Duration.ZERO;
    private int perMinute = 250;
    private int perHour = 5000;
    private Duration rateLimitMinute = Duration.ofMinutes(1);
    private final List<FaultSpec> faults = new ArrayList<>();
    private long seed;
    private Clock clock = Clock.systemUTC();
    private Path stateFile;
    private boolean recordExchanges;
    private boolean shutdownIgnored;
    private LatencyModel latencyModel;

    DigitalOceanEmulatorBuilder() {
    }

    /** Port on 127.0.0.1; 0 picks a free one. */
    public DigitalOceanEmulatorBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** How long a new droplet stays {@code new} before it is {@code active}. */
    public DigitalOceanEmulatorBuilder bootDelay(Duration bootDelay) {
        this.bootDelay = bootDelay;
        return this;
    }

    /** How long a droplet action stays {@code in-progress}. */
    public DigitalOceanEmulatorBuilder actionDuration(Duration actionDuration) {
        this.actionDuration = actionDuration;
        return this;
    }

    /** Added to every response. */
    public DigitalOceanEmulatorBuilder latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /**
     * Per-call latencies and boot delays drawn from a model (e.g. {@link DigitalOceanLatency#model}),
     * instead of the fixed {@link #latency} and {@link #bootDelay}.
     */
    public DigitalOceanEmulatorBuilder latencyModel(LatencyModel model) {
        this.latencyModel = model;
        return this;
    }

    /** Sliding one-minute limit per token; 0 turns it off. */
    public DigitalOceanEmulatorBuilder rateLimitPerMinute(int limit) {
        this.perMinute = limit;
        return this;
    }

    /** Sliding one-hour limit per token; 0 turns it off. */
    public DigitalOceanEmulatorBuilder rateLimitPerHour(int limit) {
        this.perHour = limit;
        return this;
    }

    /**
     * How long the rate limiter's minute lasts; its hour is sixty of them. Shorter than a minute only
     * in tests that run the limits faster than real time (e.g. 25 per 6 s for 250 per minute).
     */
    public DigitalOceanEmulatorBuilder rateLimitMinute(Duration minute) {
        this.rateLimitMinute = minute;
        return this;
    }

    /** Adds a fault; may be called repeatedly. {@link #start} refuses one aimed at an endpoint the API lacks. */
    public DigitalOceanEmulatorBuilder fault(FaultSpec fault) {
        this.faults.add(fault);
        return this;
    }

    /** Seeds probabilistic faults and generated ids and addresses. */
    public DigitalOceanEmulatorBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Time source of every state transition (they are computed lazily from it). */
    public DigitalOceanEmulatorBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Loaded at start when it exists; saved atomically after every mutation and at close. */
    public DigitalOceanEmulatorBuilder stateFile(Path stateFile) {
        this.stateFile = stateFile;
        return this;
    }

    /** Keeps every request and response for {@link DigitalOceanEmulator#exchanges()}. */
    public DigitalOceanEmulatorBuilder recordExchanges(boolean record) {
        this.recordExchanges = record;
        return this;
    }

    /**
     * Droplets whose operating system ignores the clean shutdown request (as a hung or misconfigured
     * one does): the {@code shutdown} action ends {@code errored} and the droplet keeps running, so
     * only {@code power_off} stops it.
     */
    public DigitalOceanEmulatorBuilder shutdownIgnored(boolean ignored) {
        this.shutdownIgnored = ignored;
        return this;
    }

    /**
     * Starts serving.
     *
     * @throws IllegalArgumentException for invalid settings, such as a fault aimed at an endpoint the API lacks
     */
    public DigitalOceanEmulator start() {
        LatencyModel timing = latencyModel != null ? latencyModel : LatencyModel.fixed(latency, bootDelay);
        EmulatorConfig config = new EmulatorConfig(port, actionDuration, timing, perMinute, perHour,
                List.copyOf(faults), seed, clock, stateFile, recordExchanges, shutdownIgnored, rateLimitMinute);
        try {
            return new DigitalOceanEmulator(config);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the DigitalOcean emulator: " + e.getMessage(), e);
        }
    }
}
