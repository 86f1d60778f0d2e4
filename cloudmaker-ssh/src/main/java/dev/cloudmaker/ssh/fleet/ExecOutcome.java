package dev.cloudmaker.ssh.fleet;

/**
 * How a command ended on one server: its exit code, or why it could not be run to its end (then the
 * code is {@link #NOT_RUN}, as ssh's own 255 for a connection that failed).
 */
public record ExecOutcome(String server, int exitCode, String failure) {
    public static final int NOT_RUN = 255;

    static ExecOutcome exited(String server, int exitCode) {
        return new ExecOutcome(server, exitCode, null);
    }

    static ExecOutcome failed(String server, Throwable cause) {
        return new ExecOutcome(server, NOT_RUN, FailureReason.of(server, cause));
    }

    public boolean ran() {
        return failure == null;
    }
}
