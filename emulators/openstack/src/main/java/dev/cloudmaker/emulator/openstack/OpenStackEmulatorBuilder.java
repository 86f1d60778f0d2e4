package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Settings of an {@link OpenStackEmulator}; obtain with {@link OpenStackEmulator#builder()}. */
public final class OpenStackEmulatorBuilder {
    private int port;
    private String user = "demo";
    private String password = "secret";
    private String project = "demo";
    private String region = "RegionOne";
    private final List<ApplicationCredential> applicationCredentials = new ArrayList<>();
    private Duration bootDelay = Duration.ofSeconds(3);
    private Duration actionDuration = Duration.ofSeconds(1);
    private Duration dnsDelay = Duration.ofSeconds(1);
    private Duration tokenLifetime = Duration.ofHours(1);
    private Duration latency = Duration.ZERO;
    private LatencyModel latencyModel;
    private int instanceQuota = 200;
    private int perMinute = 0;
    private final List<FaultSpec> faults = new ArrayList<>();
    private final List<Image> images = new ArrayList<>(ImageCatalog.PUBLIC);
    private long seed;
    private Clock clock = Clock.systemUTC();
    private Path stateFile;
    private boolean recordExchanges;

    OpenStackEmulatorBuilder() {
    }

    /** Port on 127.0.0.1; 0 picks a free one. */
    public OpenStackEmulatorBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** The user's name (default {@code demo}), in the domain {@code Default}. */
    public OpenStackEmulatorBuilder user(String name) {
        this.user = nonBlank(name, "user");
        return this;
    }

    /** The user's password (default {@code secret}). */
    public OpenStackEmulatorBuilder password(String secret) {
        this.password = nonBlank(secret, "password");
        return this;
    }

    /** The project the user works in (default {@code demo}), in the domain {@code Default}. */
    public OpenStackEmulatorBuilder project(String name) {
        this.project = nonBlank(name, "project");
        return this;
    }

    /** The region every catalog endpoint is in (default {@code RegionOne}). */
    public OpenStackEmulatorBuilder region(String name) {
        this.region = nonBlank(name, "region");
        return this;
    }

    /** Gives the user an application credential for the project. */
    public OpenStackEmulatorBuilder applicationCredential(String id, String name, String secret) {
        applicationCredentials.add(new ApplicationCredential(nonBlank(id, "application credential id"),
                nonBlank(name, "application credential name"), nonBlank(secret, "application credential secret")));
        return this;
    }

    /** How long a new server stays in BUILD (default 3 s). */
    public OpenStackEmulatorBuilder bootDelay(Duration bootDelay) {
        this.bootDelay = bootDelay;
        return this;
    }

    /** How long power actions, resizes, snapshots and deletes take (default 1 s). */
    public OpenStackEmulatorBuilder actionDuration(Duration actionDuration) {
        this.actionDuration = actionDuration;
        return this;
    }

    /** How long Designate zones and record sets stay PENDING after a change (default 1 s). */
    public OpenStackEmulatorBuilder dnsDelay(Duration dnsDelay) {
        this.dnsDelay = dnsDelay;
        return this;
    }

    /** How long a token is valid (default 1 h; keystoneauth renews one that expires within 2 minutes). */
    public OpenStackEmulatorBuilder tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    /** Added to every answer. */
    public OpenStackEmulatorBuilder latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** Per-call latencies and build times drawn from a model, instead of {@link #latency} and {@link #bootDelay}. */
    public OpenStackEmulatorBuilder latencyModel(LatencyModel model) {
        this.latencyModel = model;
        return this;
    }

    /** Servers the project may hold; Nova answers 403 beyond it (default 200). */
    public OpenStackEmulatorBuilder instanceQuota(int quota) {
        this.instanceQuota = quota;
        return this;
    }

    /** Requests a minute per user (a token bucket, as a deployment's rate-limit middleware); 0 (default) turns it off. */
    public OpenStackEmulatorBuilder rateLimitPerMinute(int limit) {
        this.perMinute = limit;
        return this;
    }

    /** Adds a fault; {@link #start} refuses one aimed at an operation the emulator lacks. */
    public OpenStackEmulatorBuilder fault(FaultSpec fault) {
        faults.add(fault);
        return this;
    }

    /** Adds a public, active image with this name, created at {@code created} (newer ones win a lookup by name). */
    public OpenStackEmulatorBuilder image(String name, Instant created) {
        images.add(new Image(Ids.uuid("image:" + name + ":" + created), name, "public", Ids.hex("project:admin"),
                created, null, 1, 0, 1L << 30, Map.of(), List.of()));
        return this;
    }

    /** Seeds probabilistic faults, ids and addresses. */
    public OpenStackEmulatorBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Time source of every transition and of token expiry. */
    public OpenStackEmulatorBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Loaded at start when it exists; saved atomically after every change and at close. */
    public OpenStackEmulatorBuilder stateFile(Path stateFile) {
        this.stateFile = stateFile;
        return this;
    }

    public OpenStackEmulatorBuilder recordExchanges(boolean record) {
        this.recordExchanges = record;
        return this;
    }

    public OpenStackEmulator start() {
        LatencyModel timing = latencyModel != null ? latencyModel : LatencyModel.fixed(latency, bootDelay);
        OpenStackConfig config = new OpenStackConfig(port, user, password, project, "Default", region,
                applicationCredentials, timing, actionDuration, dnsDelay, tokenLifetime, instanceQuota, perMinute, faults,
                seed, clock, stateFile, recordExchanges);
        try {
            return new OpenStackEmulator(config, images);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the OpenStack emulator: " + e.getMessage(), e);
        }
    }

    private static String nonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
        return value;
    }
}
