package dev.cloudmaker.ssh.bootstrap;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.RemoteShell;
import dev.cloudmaker.ssh.ShellSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A logged-in server as steps see it: run as the login user or as root, what the login session tells
 * about itself, and its {@link #files() files}. Root work goes through {@code sudo -n}
 * (never a password prompt: the admin user has NOPASSWD sudo from cloud-init) unless the login user
 * is root. One instance serves one server's bootstrap on one thread.
 */
public final class RemoteHost {
    /** Long enough for any check or small change; installs and tool runs pass their own. */
    public static final Duration QUICK = Duration.ofMinutes(2);

    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    private static final List<String> SUDO_REFUSALS = List.of("a password is required", "a terminal is required",
            "is not in the sudoers file", "is not allowed to execute", "no tty present", "must have a tty");

    private final RemoteShell shell;
    private final Sleeper sleeper;
    private final Distro distro;
    private final Facts facts;

    /** What the login session tells about itself, read once, and its root shell: shared by copies of this host. */
    private static final class Facts {
        String home;
        int loginPort;
        String lastCommand;
        ShellSession rootShell;
        boolean noRootShell;
    }

    public RemoteHost(RemoteShell shell, Sleeper sleeper) {
        this(shell, sleeper, null, new Facts());
    }

    private RemoteHost(RemoteShell shell, Sleeper sleeper, Distro distro, Facts facts) {
        this.shell = shell;
        this.sleeper = sleeper;
        this.distro = distro;
        this.facts = facts;
    }

    /** This host, once its distribution is known. */
    public RemoteHost withDistro(Distro detected) {
        return new RemoteHost(shell, sleeper, detected, facts);
    }

    public String server() {
        return shell.server();
    }

    public String user() {
        return shell.user();
    }

    public boolean isRoot() {
        return "root".equals(shell.user());
    }

    /** The server's distribution; steps run only after it is detected. */
    public Distro distro() {
        if (distro == null) {
            throw new IllegalStateException("the distribution of " + server() + " is not detected yet");
        }
        return distro;
    }

    /** The command most recently sent (without the sudo wrapper), to name it when the connection drops. */
    public String lastCommand() {
        return facts.lastCommand;
    }

    public CommandResult run(String command, Duration timeout) {
        facts.lastCommand = command;
        return shell.run(command, timeout);
    }

    /**
     * Runs {@code command} as root and returns how it ended, whatever the command's exit code. When
     * sudo itself refuses (a password wanted, no sudo at all) that is thrown, not returned: a check
     * like {@code test -e} would otherwise read it as "no" and the step act on a wrong answer.
     */
    public CommandResult sudo(String command, Duration timeout) {
        facts.lastCommand = command;
        Optional<ShellSession> rootShell = isRoot() ? Optional.empty() : rootShell();
        CommandResult r = rootShell.isPresent() ? rootShell.get().run(command, timeout) : shell.run(asRoot(command), timeout);
        if (!isRoot() && !r.ok() && sudoRefused(r)) {
            throw new CommandFailedException(server(), command, r, "sudo refused to run it (the login user needs sudo without a password)");
        }
        return r;
    }

    /**
     * Whether sudo, not the command, failed. Only its refusals count: on a fresh server sudo often warns
     * "unable to resolve host" and then runs the command all the same.
     */
    private static boolean sudoRefused(CommandResult r) {
        String err = r.stderr();
        return (err.startsWith("sudo: ") && SUDO_REFUSALS.stream().anyMatch(err::contains))
                || (r.exitCode() == 127 && err.contains("sudo") && err.contains("not found"));
    }

    public CommandResult sudo(String command) {
        return sudo(command, QUICK);
    }

    /**
     * One sudo'd shell for all root commands (see {@link ShellSession}), opened on first use and again
     * after one timed out; empty when it would not start, and then for good: each command goes through
     * its own sudo, which reports why.
     */
    private Optional<ShellSession> rootShell() {
        synchronized (facts) {
            if (facts.rootShell != null && facts.rootShell.isOpen()) {
                return Optional.of(facts.rootShell);
            }
            if (facts.noRootShell) {
                return Optional.empty();
            }
            facts.rootShell = shell.openSession("sudo -n ").orElse(null);
            facts.noRootShell = facts.rootShell == null;
            return Optional.ofNullable(facts.rootShell);
        }
    }

    /** Ends the root shell, if one runs; a later root command starts another. */
    public void endRootShell() {
        synchronized (facts) {
            if (facts.rootShell != null) {
                facts.rootShell.close();
                facts.rootShell = null;
            }
        }
    }

    /** Runs {@code command} as root; a non-zero exit code is a {@link CommandFailedException}. */
    public CommandResult sudoOk(String command, Duration timeout) {
        CommandResult r = sudo(command, timeout);
        if (!r.ok()) {
            throw new CommandFailedException(server(), command, r);
        }
        return r;
    }

    public CommandResult sudoOk(String command) {
        return sudoOk(command, QUICK);
    }

    /** The command line that runs {@code command} as root from the login user's shell. */
    public String asRoot(String command) {
        return isRoot() ? command : "sudo -n sh -c " + quote(command);
    }

    /**
     * Runs {@code command} as root, and while it fails because another process holds a lock it needs
     * ({@code busy}), waits and runs it again, for up to ten minutes. Package managers meet cloud-init
     * and unattended-upgrades this way on a fresh server; waiting is the fix, failing is not.
     */
    public CommandResult sudoWaiting(String command, Duration timeout, Predicate<CommandResult> busy) {
        Duration waited = Duration.ZERO;
        Duration pause = Duration.ofSeconds(2);
        while (true) {
            CommandResult r = sudo(command, timeout);
            if (r.ok() || !busy.test(r) || waited.compareTo(LOCK_WAIT) >= 0) {
                return r;
            }
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteCommandException(server(), "interrupted while waiting for a lock to run " + command, e);
            }
            waited = waited.plus(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
        }
    }

    /** The login user's home, where uploads wait before they are moved into place. */
    public String home() {
        loadFacts();
        return facts.home;
    }

    /** The port this session came in on (from SSH_CONNECTION), 22 when the session does not say. */
    public int loginPort() {
        loadFacts();
        return facts.loginPort;
    }

    private void loadFacts() {
        if (facts.home != null) {
            return;
        }
        String command = "printf '%s\\n' \"$HOME\" \"$SSH_CONNECTION\"";
        CommandResult r = run(command, QUICK);
        if (!r.ok()) {
            throw new CommandFailedException(server(), command, r);
        }
        String[] lines = r.stdout().split("\n", -1);
        String home = lines[0].strip();
        facts.home = home.startsWith("/") ? home : "/tmp";
        String[] connection = lines.length > 1 ? lines[1].strip().split("\\s+") : new String[0];
        facts.loginPort = connection.length == 4 && connection[3].matches("\\d{1,5}") ? Integer.parseInt(connection[3]) : 22;
    }

    public boolean commandExists(String name) {
        return sudo("command -v " + quote(name)).ok();
    }

    /** The server's files, read and changed as root. */
    public RemoteFiles files() {
        return new RemoteFiles(this);
    }

    /** Uploads {@code content} as the login user; {@link RemoteFiles} moves it into place as root. */
    void upload(String remotePath, byte[] content, int mode) {
        shell.upload(remotePath, content, mode);
    }
}
