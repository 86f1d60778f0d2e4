package dev.cloudmaker.emulator.triton;

import java.util.Locale;

/**
 * A machine's state as CloudAPI names it. Provisioning ends running (or failed); stop passes through stopping to
 * stopped; start and reboot end running; delete ends deleted, which reads as 410 from then on.
 */
enum MachineState {
    PROVISIONING, RUNNING, STOPPING, STOPPED, DELETED, FAILED;

    /** CloudAPI's word: {@code running}. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
