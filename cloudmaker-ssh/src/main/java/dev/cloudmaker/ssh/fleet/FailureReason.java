package dev.cloudmaker.ssh.fleet;

/** Why something failed on one server, for a line that already starts with the server's name. */
public final class FailureReason {
    private FailureReason() {
    }

    /** The exception's message without a leading {@code server: } (remote failures carry one). */
    public static String of(String server, Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.startsWith(server + ": ") ? m.substring(server.length() + 2) : m;
    }
}
