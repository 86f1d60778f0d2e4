package dev.cloudmaker.ssh;

import java.time.Duration;
import java.util.Optional;

/**
 * What the bootstrap needs of a logged-in server: run a command, write a file. An SSH connection is
 * one; tests use a recording fake. Commands run under {@code sh -c} as {@link #user()}; the caller adds
 * {@code sudo} where root is needed.
 */
public interface RemoteShell {
    /** The server's name in the definition, for messages and logs. */
    String server();

    /** The login user. */
    String user();

    /**
     * Runs a command to its end and returns its exit code and output whatever the code.
     *
     * @throws dev.cloudmaker.core.RemoteCommandException when it times out or the connection is lost
     */
    CommandResult run(String command, Duration timeout);

    /** As {@link #run(String, Duration)}, with {@code stdin} fed to the command. */
    CommandResult run(String command, byte[] stdin, Duration timeout);

    /** Writes a file the login user may write (the user's home or /tmp), replacing it; {@code mode} like 0600. */
    void upload(String remotePath, byte[] content, int mode);

    /**
     * A {@link ShellSession} whose shell {@code prefix} launches ({@code "sudo -n "} for root), or empty
     * where this shell offers none or it would not start: then run commands one by one.
     */
    default Optional<ShellSession> openSession(String prefix) {
        return Optional.empty();
    }
}
