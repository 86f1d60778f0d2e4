package dev.cloudmaker.ssh.bootstrap;

import dev.cloudmaker.core.RemoteCommandException;
import java.util.List;

/**
 * A step failed and the server's bootstrap stopped there. Carries the step, the command that failed
 * (null when the step failed before or outside a command), the last lines it printed, and the results
 * of the steps before it. Commands never hold file contents (files are uploaded), so neither does this.
 */
public final class BootstrapException extends RemoteCommandException {
    private final String step;
    private final String command;
    private final String outputTail;
    private final List<StepResult> completed;

    public BootstrapException(String server, String step, String command, String reason, String outputTail,
                              List<StepResult> completed, Throwable cause) {
        super(server, message(step, command, reason, outputTail), cause);
        this.step = step;
        this.command = command;
        this.outputTail = outputTail == null ? "" : outputTail;
        this.completed = List.copyOf(completed);
    }

    private static String message(String step, String command, String reason, String tail) {
        StringBuilder m = new StringBuilder("bootstrap step '").append(step).append("' failed: ").append(reason);
        if (command != null && !reason.contains(command)) {
            m.append("\n  command: ").append(command);
        }
        if (tail != null && !tail.isBlank()) {
            m.append("\n  ").append(tail.replace("\n", "\n  "));
        }
        return m.toString();
    }

    public String step() {
        return step;
    }

    public String command() {
        return command;
    }

    public String outputTail() {
        return outputTail;
    }

    /** The steps that ran before this one, in order, the failed one last. */
    public List<StepResult> completed() {
        return completed;
    }
}
