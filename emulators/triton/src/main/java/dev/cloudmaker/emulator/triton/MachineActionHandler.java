package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;

/**
 * {@code POST /:login/machines/:id?action=...}: start, stop, reboot and resize run as jobs for the action duration
 * (stop shows {@code stopping} meanwhile); rename and the firewall and deletion-protection switches apply at once.
 * Every one answers 202 with no body and is recorded in the audit (a job when it is done).
 */
final class MachineActionHandler {
    private final TritonState state;
    private final MachineLookup lookup;
    private final MachineHandler machines;

    MachineActionHandler(TritonState state, MachineLookup lookup, MachineHandler machines) {
        this.state = state;
        this.lookup = lookup;
        this.machines = machines;
    }

    void register(PathRouter<TritonEndpoint> router) {
        router.add("POST", "/{}/machines/{}", "machine-actions", this::act);
    }

    private ApiResponse act(TritonRequest r) {
        Machine m = lookup.live(r.param(1));
        String action = r.text("action");
        if (action == null) {
            throw TritonError.missingParameter("action is required");
        }
        Instant now = state.now();
        Instant done = now.plus(state.config.actionDuration());
        String caller = r.caller();
        switch (action) {
            case "start" -> {
                idle(m, r, MachineState.STOPPED);
                m.begin("start", MachineState.STOPPED, MachineState.RUNNING, now, done, caller);
            }
            case "stop" -> {
                idle(m, r, MachineState.RUNNING);
                m.begin("stop", MachineState.STOPPING, MachineState.STOPPED, now, done, caller);
            }
            case "reboot" -> {
                idle(m, r, MachineState.RUNNING);
                m.begin("reboot", MachineState.RUNNING, MachineState.RUNNING, now, done, caller);
            }
            case "resize" -> {
                TritonPackage pkg = MachineHandler.pkg(r.text("package"));
                idle(m, r, m.state == MachineState.STOPPED ? MachineState.STOPPED : MachineState.RUNNING);
                m.packageId = pkg.id();
                m.begin("resize", m.state, m.state, now, done, caller);
            }
            case "rename" -> {
                String name = r.text("name");
                if (name == null) {
                    throw TritonError.missingParameter("name is required");
                }
                machines.checkName(name, m);
                m.name = name;
                m.record("rename", now, caller);
            }
            case "enable_firewall", "disable_firewall" -> {
                m.firewallEnabled = action.startsWith("enable");
                m.record(action, now, caller);
            }
            case "enable_deletion_protection", "disable_deletion_protection" -> {
                m.deletionProtection = action.startsWith("enable");
                m.record(action, now, caller);
            }
            default -> throw TritonError.invalidArgument(action + " is not a valid action");
        }
        return new ApiResponse(202, null, new byte[0]);
    }

    /** The machine must be in {@code required} with no job running (or a pending-event fault pretending one runs). */
    private static void idle(Machine m, TritonRequest r, MachineState required) {
        if (m.job != null || r.call().pendingEvent()) {
            throw TritonError.invalidState("Instance " + m.id + " has a job in progress; try again when it is done");
        }
        if (m.state != required) {
            throw TritonError.invalidState("Instance " + m.id + " is " + m.state.word() + ", it must be "
                    + required.word());
        }
    }
}
