package dev.cloudmaker.emulator.openstack;

import java.time.Instant;

/**
 * A server task that takes time: at {@code at} the server's vm_state becomes {@code vmState} (power state
 * {@code power}) and its task_state clears. A {@code delete} job removes the server instead.
 */
record ServerJob(String action, Instant at, String vmState, int power) {
}
