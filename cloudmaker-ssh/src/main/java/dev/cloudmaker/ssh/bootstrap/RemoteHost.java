package dev.cloudmaker.ssh.bootstrap;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.RemoteShell;
import dev.cloudmaker.ssh.ShellSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A logged-in server as steps see it: run as the login user or as root, and check-then-change files,
 * so that each step reads as its check followed by its change. Root work goes through {@code sudo -n}
 * (never a password prompt: the admin user has NOPASSWD sudo from cloud-init) unless the login user
 * is root. One instance serves one server's bootstrap on one thread.
 */
public final class RemoteHost {
    /** Long enough for any check or small change; installs and tool runs pass their own. */
    public static final Duration QUICK = Duration.ofMinutes(2);

    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    private static final Pattern MODE = Pattern.compile("[0-7]{3,4}");
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

    public boolean exists(String path) {
        return sudo("test -e " + quote(path)).ok();
    }

    public boolean commandExists(String name) {
        return sudo("command -v " + quote(name)).ok();
    }

    /** The file's content as text, empty when it does not exist. */
    public Optional<String> readFile(String path) {
        CommandResult r = sudo("cat " + quote(path));
        return r.ok() ? Optional.of(r.stdout()) : Optional.empty();
    }

    /** The SHA-256 of the file's content in hex, empty when it does not exist. */
    public Optional<String> fileHash(String path) {
        CommandResult r = sudo("sha256sum " + quote(path));
        return r.ok() ? Optional.of(firstWord(r.stdout())) : Optional.empty();
    }

    /** Whether the file holds exactly {@code content} with this mode and owner, in one round trip. */
    public boolean fileMatches(String path, byte[] content, String mode, String owner) {
        checkMode(mode);
        parent(path);
        CommandResult r = sudo("sha256sum " + quote(path) + " && find " + quote(path) + " -maxdepth 0 -perm " + mode
                + " " + Owner.parse(owner).findTests());
        // sha256sum prints the hash; find prints the path again only when mode and owner match.
        return r.ok() && r.stdout().strip().lines().count() == 2 && firstWord(r.stdout()).equals(sha256(content));
    }

    public boolean putFile(String path, byte[] content, String mode, String owner) {
        return putFile(path, content, mode, owner, null);
    }

    /**
     * Makes the file hold {@code content} with this mode and owner; true when it had to change it.
     * {@code validator}, given the quoted path of the uploaded copy, returns a command that checks it
     * (like {@code visudo -cf}); the file is only put in place when that succeeds. May be null.
     */
    public boolean putFile(String path, byte[] content, String mode, String owner, UnaryOperator<String> validator) {
        if (fileMatches(path, content, mode, owner)) {
            return false;
        }
        writeFile(path, content, mode, owner, validator);
        return true;
    }

    /**
     * Writes the file without checking first, for callers that just did. The content is uploaded as the
     * login user to a file only it may read, then moved into place with install(1), so the file is never
     * seen half written or with the wrong owner or mode.
     */
    public void writeFile(String path, byte[] content, String mode, String owner, UnaryOperator<String> validator) {
        checkMode(mode);
        String upload = home() + "/.cloudmaker-upload-" + sha256(content).substring(0, 16);
        shell.upload(upload, content, 0600);
        String tmp = quote(upload);
        String install = "mkdir -p " + quote(parent(path)) + " && install " + Owner.parse(owner).installOptions()
                + " -m " + mode + " " + tmp + " " + quote(path);
        String checked = validator == null ? install : validator.apply(tmp) + " && " + install;
        sudoOk(checked + "; rc=$?; rm -f " + tmp + "; exit $rc");
    }

    /** Makes {@code path} a directory with this mode and owner; true when it had to change it. */
    public boolean ensureDirectory(String path, String mode, String owner) {
        checkMode(mode);
        Owner o = Owner.parse(owner);
        if (sudo("find " + quote(path) + " -maxdepth 0 -type d -perm " + mode + " " + o.findTests() + " | grep -q .").ok()) {
            return false;
        }
        sudoOk("install -d " + o.installOptions() + " -m " + mode + " " + quote(path));
        return true;
    }

    private static void checkMode(String mode) {
        if (mode == null || !MODE.matcher(mode).matches()) {
            throw new IllegalArgumentException("not an octal file mode like 0644: " + mode);
        }
    }

    /** The directory holding {@code path}; refuses a path that is not absolute or names a directory. */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        if (!path.startsWith("/") || slash == path.length() - 1) {
            throw new IllegalArgumentException("not an absolute file path: " + path);
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    private static String firstWord(String text) {
        String word = text.strip().split("\\s+", 2)[0];
        // GNU sha256sum marks a line whose file name it had to escape with a leading backslash.
        return word.startsWith("\\") ? word.substring(1) : word;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
