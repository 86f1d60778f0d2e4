package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A machine's snapshots: a new one is {@code queued} for the action duration, then {@code created}; booting from one
 * (StartMachineFromSnapshot) needs a stopped machine and runs as a {@code rollback_snapshot} job that ends running.
 */
final class SnapshotHandler {
    private static final DateTimeFormatter DEFAULT_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TritonState state;
    private final MachineLookup lookup;

    SnapshotHandler(TritonState state, MachineLookup lookup) {
        this.state = state;
        this.lookup = lookup;
    }

    void register(PathRouter<TritonEndpoint> router) {
        router.add("GET", "/{}/machines/{}/snapshots", "snapshots", r -> {
                    Machine m = lookup.live(r.param(1));
                    return ApiResponse.json(200, Json.array(
                            m.snapshots.stream().map(s -> Views.snapshot(s, state.now())).toList()));
                })
                .add("POST", "/{}/machines/{}/snapshots", "snapshots", this::create)
                .add("GET", "/{}/machines/{}/snapshots/{}", "snapshots", r ->
                        ApiResponse.json(200, Views.snapshot(find(lookup.live(r.param(1)), r.param(2)), state.now())))
                .add("POST", "/{}/machines/{}/snapshots/{}", "snapshots", this::boot)
                .add("DELETE", "/{}/machines/{}/snapshots/{}", "snapshots", r -> {
                    Machine m = lookup.live(r.param(1));
                    m.snapshots.remove(find(m, r.param(2)));
                    m.record("delete_snapshot", state.now(), r.caller());
                    return ApiResponse.noContent();
                });
    }

    private ApiResponse create(TritonRequest r) {
        Machine m = lookup.live(r.param(1));
        if (m.state != MachineState.RUNNING && m.state != MachineState.STOPPED) {
            throw TritonError.invalidState("Instance " + m.id + " is " + m.state.word() + "; snapshots need it running or stopped");
        }
        Instant now = state.now();
        String name = r.text("name") == null ? DEFAULT_NAME.format(now) : r.text("name");
        if (m.snapshots.stream().anyMatch(s -> s.name().equals(name))) {
            throw TritonError.invalidArgument("Snapshot " + name + " already exists");
        }
        MachineSnapshot snapshot = new MachineSnapshot(name, now, now.plus(state.config.actionDuration()));
        m.snapshots.add(snapshot);
        m.record("create_snapshot", now, r.caller());
        return ApiResponse.json(201, Json.object().put("name", name).put("state", snapshot.state(now)));
    }

    private ApiResponse boot(TritonRequest r) {
        Machine m = lookup.live(r.param(1));
        MachineSnapshot snapshot = find(m, r.param(2));
        Instant now = state.now();
        if (!snapshot.state(now).equals("created")) {
            throw TritonError.invalidState("Snapshot " + snapshot.name() + " is not created yet");
        }
        if (m.state != MachineState.STOPPED || m.job != null) {
            throw TritonError.invalidState("Instance " + m.id + " must be stopped to start from a snapshot");
        }
        m.begin("rollback_snapshot", MachineState.STOPPED, MachineState.RUNNING, now,
                now.plus(state.config.actionDuration()), r.caller());
        return new ApiResponse(202, null, new byte[0]);
    }

    private static MachineSnapshot find(Machine m, String name) {
        return m.snapshots.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> TritonError.notFound("Snapshot does not exist"));
    }
}
