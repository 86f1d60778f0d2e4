package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Settings of an {@link AwsEmulator}; obtain with {@link AwsEmulator#builder()}. */
public final class AwsEmulatorBuilder {
    /** The access key id requests are signed with unless {@link #credentials} says otherwise. */
    public static final String DEFAULT_ACCESS_KEY_ID = "AKIACLOUDMAKEREMU001";
    /** The emulator's default secret: it guards nothing real. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = "cloudmakerEmulatorSecretKey0000000000000";

    private int port;
    private String accessKeyId = DEFAULT_ACCESS_KEY_ID;
    private String secretAccessKey = DEFAULT_SECRET_ACCESS_KEY;
    private String region = "us-east-1";
    private Duration bootDelay = Duration.ZERO;
    private Duration actionDuration = Duration.ZERO;
    private Duration changeDelay = Duration.ZERO;
    private Duration latency = Duration.ZERO;
    private LatencyModel latencyModel;
    private int bucketCapacity;
    private double refillPerSecond = 1;
    private final List<FaultSpec> faults = new ArrayList<>();
    private long seed;
    private Clock clock = Clock.systemUTC();
    private Path stateFile;
    private boolean recordExchanges;

    AwsEmulatorBuilder() {
    }

    /** Port on 127.0.0.1; 0 picks a free one. */
    public AwsEmulatorBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** The one access key requests must be signed with, and the secret their signatures are checked with. */
    public AwsEmulatorBuilder credentials(String accessKeyId, String secretAccessKey) {
        if (accessKeyId == null || !accessKeyId.matches("[A-Z0-9]{16,128}") || secretAccessKey == null
                || secretAccessKey.isEmpty()) {
            throw new IllegalArgumentException("an access key id is 16 or more upper-case letters and digits, and a "
                    + "secret is not empty");
        }
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        return this;
    }

    /** The region clients are told to use (default {@code us-east-1}); every catalogue region answers. */
    public AwsEmulatorBuilder region(String region) {
        if (!Catalog.isRegion(region)) {
            throw new IllegalArgumentException("the emulator has no region " + region + "; it has " + Catalog.REGIONS);
        }
        this.region = region;
        return this;
    }

    /**
     * How long a new instance stays {@code pending} (default 0: the launch's answer says {@code pending}, the next
     * read {@code running}, so waiters that poll every 15 s pass on their first poll).
     */
    public AwsEmulatorBuilder bootDelay(Duration bootDelay) {
        this.bootDelay = bootDelay;
        return this;
    }

    /** How long stop, start, terminate and CreateImage take (default 0, as {@link #bootDelay}). */
    public AwsEmulatorBuilder actionDuration(Duration actionDuration) {
        this.actionDuration = actionDuration;
        return this;
    }

    /** How long a Route 53 change stays {@code PENDING} after the call that made it (default 0: the next GetChange). */
    public AwsEmulatorBuilder changeDelay(Duration changeDelay) {
        this.changeDelay = changeDelay;
        return this;
    }

    /** Added to every answer. */
    public AwsEmulatorBuilder latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** Per-call latencies and boot times drawn from a model, instead of {@link #latency} and {@link #bootDelay}. */
    public AwsEmulatorBuilder latencyModel(LatencyModel model) {
        this.latencyModel = model;
        return this;
    }

    /**
     * EC2's throttling: a token bucket of {@code capacity} requests per access key and API class, refilled at
     * {@code refillPerSecond}; past it EC2 answers 503 {@code RequestLimitExceeded} and Route 53 400
     * {@code Throttling}. A capacity of 0 turns it off (the default).
     */
    public AwsEmulatorBuilder throttle(int capacity, double refillPerSecond) {
        if (capacity < 0 || (capacity > 0 && !(refillPerSecond > 0))) {
            throw new IllegalArgumentException("a throttle needs a capacity of 0 (off) or more and a positive refill rate");
        }
        this.bucketCapacity = capacity;
        this.refillPerSecond = refillPerSecond;
        return this;
    }

    /** Adds a fault aimed at an operation by its action name ({@code RunInstances}, {@code ChangeResourceRecordSets}). */
    public AwsEmulatorBuilder fault(FaultSpec fault) {
        faults.add(fault);
        return this;
    }

    /** Seeds probabilistic faults, ids and addresses. */
    public AwsEmulatorBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Time source of transitions and of the signatures' date check (real clients sign with the real time). */
    public AwsEmulatorBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Loaded at start when it exists; saved atomically after every change and at close. */
    public AwsEmulatorBuilder stateFile(Path stateFile) {
        this.stateFile = stateFile;
        return this;
    }

    public AwsEmulatorBuilder recordExchanges(boolean record) {
        this.recordExchanges = record;
        return this;
    }

    public AwsEmulator start() {
        LatencyModel timing = latencyModel != null ? latencyModel : LatencyModel.fixed(latency, bootDelay);
        AwsConfig config = new AwsConfig(port, accessKeyId, secretAccessKey, region, timing, actionDuration, changeDelay,
                bucketCapacity, refillPerSecond, faults, seed, clock, stateFile, recordExchanges);
        try {
            return new AwsEmulator(config);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the AWS emulator: " + e.getMessage(), e);
        }
    }
}
