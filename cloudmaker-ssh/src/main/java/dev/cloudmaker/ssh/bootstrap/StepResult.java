package dev.cloudmaker.ssh.bootstrap;

import java.util.List;
import java.util.Objects;

/** One step's outcome; {@code detail} says what was found or done, in a few words (never a secret). */
public record StepResult(String name, StepStatus status, String detail) {
    public StepResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public static StepResult ok(String name, String detail) {
        return new StepResult(name, StepStatus.OK, detail);
    }

    public static StepResult changed(String name, String detail) {
        return new StepResult(name, StepStatus.CHANGED, detail);
    }

    public static StepResult skipped(String name, String reason) {
        return new StepResult(name, StepStatus.SKIPPED, reason);
    }

    public static StepResult failed(String name, String detail) {
        return new StepResult(name, StepStatus.FAILED, detail);
    }

    /** CHANGED listing {@code changes}, or OK with {@code okDetail} when the list is empty. */
    public static StepResult of(String name, List<String> changes, String okDetail) {
        return changes.isEmpty() ? ok(name, okDetail) : changed(name, String.join("; ", changes));
    }

    public boolean changed() {
        return status == StepStatus.CHANGED;
    }
}
