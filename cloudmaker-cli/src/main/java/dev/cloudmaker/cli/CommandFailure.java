package dev.cloudmaker.cli;

import dev.cloudmaker.cli.output.ErrorKind;
import dev.cloudmaker.core.CloudmakerException;

/**
 * A command ends without doing what was asked, for a reason of its own (a change not confirmed, a lock
 * it must not take away): the message is printed as an error, and with {@code --json} as the error document.
 */
public final class CommandFailure extends CloudmakerException {
    private final ErrorKind kind;
    private final int exitCode;

    public CommandFailure(ErrorKind kind, int exitCode, String message) {
        super(message);
        this.kind = kind;
        this.exitCode = exitCode;
    }

    /** A change that needed a yes and did not get one. */
    public static CommandFailure notConfirmed(String message) {
        return new CommandFailure(ErrorKind.NOT_CONFIRMED, ExitCodes.ERROR, message);
    }

    public ErrorKind kind() {
        return kind;
    }

    public int exitCode() {
        return exitCode;
    }
}
