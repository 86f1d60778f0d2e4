package dev.cloudmaker.ssh.keys;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.RemoteShell;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The login user's own authorized_keys on a server, read and replaced as that user: no sudo, and
 * whatever the user writes is the user's, so owner and group are right by construction. Replacing
 * writes a temporary file in the same directory and renames it over the old one, so sshd never reads
 * a half-written file.
 */
public final class AuthorizedKeysFile {
    /** The login user's, wherever their home is. */
    static final String LOGIN_USERS_SSH_DIR = "\"$HOME/.ssh\"";

    private final RemoteShell shell;
    private final String sshDir;
    private final Duration timeout;

    private AuthorizedKeysFile(RemoteShell shell, String sshDir, Duration timeout) {
        this.shell = shell;
        this.sshDir = sshDir;
        this.timeout = timeout;
    }

    /** {@code ~/.ssh/authorized_keys} of the user {@code shell} is logged in as. */
    public static AuthorizedKeysFile ofLoginUser(RemoteShell shell, Duration timeout) {
        return new AuthorizedKeysFile(shell, LOGIN_USERS_SSH_DIR, timeout);
    }

    /** {@code authorized_keys} in another directory the login user owns (tests, whose server is this host). */
    public static AuthorizedKeysFile inDirectory(RemoteShell shell, String absoluteDir, Duration timeout) {
        return new AuthorizedKeysFile(shell, ShellQuote.quote(absoluteDir), timeout);
    }

    /** The content; empty when there is no file. */
    public String read() {
        return ok("read", "f=" + sshDir + "/authorized_keys; if [ -e \"$f\" ]; then cat \"$f\"; fi", null).stdout();
    }

    /** Makes the file hold exactly {@code content}, mode 0600 in a 0700 directory. */
    public void replace(String content) {
        String script = String.join("\n",
                "set -e",
                "umask 077",
                "d=" + sshDir,
                "mkdir -p \"$d\"",
                "chmod 700 \"$d\"",
                "t=$(mktemp \"$d/.authorized_keys.XXXXXX\")",
                "trap 'rm -f \"$t\"' EXIT",
                "cat > \"$t\"",
                "chmod 600 \"$t\"",
                "mv -f \"$t\" \"$d/authorized_keys\"");
        ok("replace", script, content.getBytes(StandardCharsets.UTF_8));
    }

    private CommandResult ok(String what, String command, byte[] stdin) {
        CommandResult r = shell.run(command, stdin, timeout);
        if (!r.ok()) {
            throw new RemoteCommandException(shell.server(), "could not " + what + " " + shell.user() + "'s authorized_keys (exit "
                    + r.exitCode() + (r.stderr().isBlank() ? "" : ": " + r.stderr().strip()) + ")");
        }
        return r;
    }
}
