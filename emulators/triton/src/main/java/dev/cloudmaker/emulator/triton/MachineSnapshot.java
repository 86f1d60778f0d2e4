package dev.cloudmaker.emulator.triton;

import java.time.Instant;

/** A machine's snapshot: {@code queued} until {@code readyAt}, then {@code created}. */
record MachineSnapshot(String name, Instant created, Instant readyAt) {

    String state(Instant now) {
        return now.isBefore(readyAt) ? "queued" : "created";
    }
}
