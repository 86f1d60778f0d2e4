package dev.cloudmaker.emulator.triton;

/** Finds the machine a path names, as CloudAPI's {@code loadMachine}: 404 when unknown, 410 with its body when deleted. */
final class MachineLookup {
    private final TritonState state;

    MachineLookup(TritonState state) {
        this.state = state;
    }

    /** The machine, deleted ones included. */
    Machine any(String id) {
        Machine m = state.machines.get(id);
        if (m == null || m.isHidden(state.now())) {
            throw TritonError.notFound("VM not found");
        }
        return m;
    }

    /** A machine that is not deleted. */
    Machine live(String id) {
        Machine m = any(id);
        if (m.isDeleted()) {
            throw TritonError.gone(Views.machine(m, state, false));
        }
        return m;
    }
}
