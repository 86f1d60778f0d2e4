package dev.cloudmaker.ssh.bootstrap;

/**
 * How a step ended: OK when the server already was as wanted, CHANGED when the step made it so,
 * SKIPPED when the step does not apply here (the result says why), FAILED when it could not.
 */
public enum StepStatus {
    OK, CHANGED, SKIPPED, FAILED
}
