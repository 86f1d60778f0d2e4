package dev.cloudmaker.emulator.triton;

import java.time.Instant;

/**
 * A job running on a machine (provision, stop, start, reboot, resize, destroy, rollback), done at {@code at}, when the
 * machine reaches {@code to} and the audit records it.
 *
 * @param action the job's name as MachineAudit shows it
 * @param caller the keyId that asked for it, for the audit
 */
record PendingJob(String action, MachineState to, Instant at, String caller) {
}
