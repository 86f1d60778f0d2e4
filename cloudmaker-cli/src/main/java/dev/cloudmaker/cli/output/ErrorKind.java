package dev.cloudmaker.cli.output;

import dev.cloudmaker.cli.ExitCodes;

/** What went wrong, as the {@code kind} of an error document: a program branches on it, not on the message. */
public enum ErrorKind {
    /** The command line is wrong (exit 64). */
    USAGE,
    /** cloud.json or security.json is wrong; the document lists the diagnostics. */
    CONFIG,
    /** Another run is changing the same definition (exit 75). */
    BUSY,
    /** This run's lock was taken away while it ran (exit 75). */
    LEASE_LOST,
    /** A change needed a yes that was not given (no --yes, no terminal, or another answer). */
    NOT_CONFIRMED,
    /** A cloud API refused or failed a call; the document says how ({@code api}). */
    API,
    /** Something did not happen within its time. */
    TIMEOUT,
    /** The plan cannot be made or applied as it is (a saved plan that is stale, a replacement not allowed). */
    PLAN,
    /** Applying the plan failed part-way; running the command again finishes it. */
    APPLY,
    /** Logging in to servers or configuring them failed. */
    BOOTSTRAP,
    /** Any other failure the message explains. */
    FAILED,
    /** A local file could not be read or written. */
    IO,
    /** A bug in cloudmaker (please report it). */
    INTERNAL;

    /** For a run that ended with {@code exitCode} and said why only on stderr. */
    public static ErrorKind forExitCode(int exitCode) {
        return switch (exitCode) {
            case ExitCodes.USAGE -> USAGE;
            case ExitCodes.BUSY -> BUSY;
            default -> FAILED;
        };
    }
}
