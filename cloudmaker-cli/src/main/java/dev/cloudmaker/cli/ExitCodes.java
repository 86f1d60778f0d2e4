package dev.cloudmaker.cli;

/** Every exit code cloudmaker uses, in one place. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ERROR = 1;
    /** {@code plan --detailed-exitcode}: the plan has changes. */
    public static final int CHANGES_PRESENT = 2;
    /** Wrong command-line usage (sysexits' EX_USAGE). */
    public static final int USAGE = 64;
    /** Another run is changing the same definition (sysexits' EX_TEMPFAIL: try again later). */
    public static final int BUSY = 75;

    private ExitCodes() {
    }
}
