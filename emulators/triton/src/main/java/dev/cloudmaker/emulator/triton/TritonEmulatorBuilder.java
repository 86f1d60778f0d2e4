package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Settings of a {@link TritonEmulator}; obtain with {@link TritonEmulator#builder()}. */
public final class TritonEmulatorBuilder {
    private int port;
    private String login = "emulator";
    private String datacenter = "emu-1";
    private Duration bootDelay = Duration.ofSeconds(3);
    private Duration actionDuration = Duration.ofSeconds(1);
    private Duration latency = Duration.ZERO;
    private LatencyModel latencyModel;
    private int perMinute = 600;
    private final List<FaultSpec> faults = new ArrayList<>();
    private final List<AccountKey> keys = new ArrayList<>();
    private long seed;
    private Clock clock = Clock.systemUTC();
    private Path stateFile;
    private boolean recordExchanges;

    TritonEmulatorBuilder() {
    }

    /** Port on 127.0.0.1; 0 picks a free one. */
    public TritonEmulatorBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** The account's login (default {@code emulator}): paths start with it, keyIds name it. */
    public TritonEmulatorBuilder account(String login) {
        if (login == null || !login.matches("[A-Za-z][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("an account login starts with a letter and holds letters, digits, "
                    + "'.', '_' and '-': " + login);
        }
        this.login = login;
        return this;
    }

    /** The datacenter's name (default {@code emu-1}). */
    public TritonEmulatorBuilder datacenter(String name) {
        this.datacenter = name;
        return this;
    }

    /** Puts an SSH key in the account (an OpenSSH public key line); null or empty names it by its fingerprint. */
    public TritonEmulatorBuilder key(String name, String publicKeyLine) {
        keys.add(AccountKey.of(name, publicKeyLine));
        return this;
    }

    /** How long a new machine stays {@code provisioning}. */
    public TritonEmulatorBuilder bootDelay(Duration bootDelay) {
        this.bootDelay = bootDelay;
        return this;
    }

    /**
     * How long stop, start, reboot, resize, deletes, snapshots and images take (default 1 s). node-triton's
     * {@code reboot -w} looks for an audit entry later than its answer's whole-second {@code Date}, so keep it above 0.
     */
    public TritonEmulatorBuilder actionDuration(Duration actionDuration) {
        this.actionDuration = actionDuration;
        return this;
    }

    /** Added to every answer. */
    public TritonEmulatorBuilder latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** Per-call latencies and provisioning times drawn from a model, instead of {@link #latency} and {@link #bootDelay}. */
    public TritonEmulatorBuilder latencyModel(LatencyModel model) {
        this.latencyModel = model;
        return this;
    }

    /** Requests a minute per key (a token bucket, as restify's throttle); 0 turns it off. Default 600. */
    public TritonEmulatorBuilder rateLimitPerMinute(int limit) {
        this.perMinute = limit;
        return this;
    }

    /** Adds a fault; {@link #start} refuses one aimed at an operation CloudAPI lacks. */
    public TritonEmulatorBuilder fault(FaultSpec fault) {
        faults.add(fault);
        return this;
    }

    /** Seeds probabilistic faults, ids and addresses. */
    public TritonEmulatorBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Time source of every transition and of the {@code Date} check of signatures. */
    public TritonEmulatorBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Loaded at start when it exists; saved atomically after every change and at close. */
    public TritonEmulatorBuilder stateFile(Path stateFile) {
        this.stateFile = stateFile;
        return this;
    }

    public TritonEmulatorBuilder recordExchanges(boolean record) {
        this.recordExchanges = record;
        return this;
    }

    public TritonEmulator start() {
        LatencyModel timing = latencyModel != null ? latencyModel : LatencyModel.fixed(latency, bootDelay);
        TritonConfig config = new TritonConfig(port, login, datacenter, timing, actionDuration, perMinute, faults, seed,
                clock, stateFile, recordExchanges, keys);
        try {
            return new TritonEmulator(config);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Triton emulator: " + e.getMessage(), e);
        }
    }
}
