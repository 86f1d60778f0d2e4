package dev.cloudmaker.emulator.triton;

import java.time.Instant;

/**
 * One line of MachineAudit: what was done, whether it worked ({@code yes}/{@code no}), when it was done and by which key.
 */
record AuditEntry(String action, boolean success, Instant time, String caller) {
}
