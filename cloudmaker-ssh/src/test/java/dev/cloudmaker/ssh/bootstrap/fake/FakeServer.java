package dev.cloudmaker.ssh.bootstrap.fake;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.RemoteShell;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteFiles;
import dev.cloudmaker.ssh.bootstrap.platform.OsRelease;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A server in memory that understands the commands the bootstrap sends: it keeps files, packages,
 * users, services and firewall state, so a check after an apply sees the change, and a second
 * bootstrap finds everything in place. Root work must come through sudo (or a root login). A command
 * it does not know fails the test; {@link #script} answers commands it should not interpret.
 */
public final class FakeServer implements RemoteShell {
    public record FakeFile(byte[] content, int mode, String user, String group) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    static final String FACTS = "printf '%s\\n' \"$HOME\" \"$SSH_CONNECTION\"";

    public final String name;
    public final String user;
    public final Family family;
    public String osRelease;
    public int loginPort = 22;
    public final Map<String, FakeFile> files = new TreeMap<>();
    public final Map<String, FakeFile> dirs = new TreeMap<>();
    public final Set<String> installed = new TreeSet<>();
    /** Packages apt cannot locate until the next apt-get update. */
    public final Set<String> missingFromLists = new TreeSet<>();
    public final Map<String, List<String>> users = new LinkedHashMap<>();
    public final Set<String> enabled = new TreeSet<>();
    public final Set<String> active = new TreeSet<>();
    public final Set<String> programs = new TreeSet<>();
    public final List<String> serviceEvents = new ArrayList<>();
    public Integer cloudInitExit = 0;
    public boolean container;
    /** dpkg was cut off after unpacking: dpkg --configure -a finishes it. */
    public boolean dpkgInterrupted;
    /** Packages dpkg was cut off unpacking: only unpacking them again mends them. */
    public final Set<String> halfInstalled = new TreeSet<>();
    /** A package was unpacked before its dependencies: dpkg cannot configure it until apt-get -f install brings them. */
    public boolean unpackedWithoutDependencies;
    public boolean listsFresh;
    public boolean stalePacmanLock;
    public boolean sshdRejects;
    public int aptUpdates;
    public final FakeUfw ufw = new FakeUfw();
    public final FakeFirewalld firewalld = new FakeFirewalld();
    public final List<String> sent = new ArrayList<>();
    public final List<String> commands = new ArrayList<>();
    private final Map<String, Deque<Answer>> scripted = new HashMap<>();

    private record Answer(CommandResult result, Runnable effect) {
    }
    private int cutAt = -1;
    private boolean cutAfterRunning;
    final FakeCommands interpreter = new FakeCommands(this);

    public FakeServer(String name, String user, Family family, String osReleaseResource) {
        this.name = name;
        this.user = user;
        this.family = family;
        this.osRelease = osReleaseResource == null ? null : resource("/os-release/" + osReleaseResource);
        users.put("root", new ArrayList<>(List.of(family == Family.FREEBSD ? "wheel" : "root")));
        dirs.put("/root", new FakeFile(null, 0700, "root", "root"));
    }

    public static String resource(String path) {
        try (InputStream in = FakeServer.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + path, e);
        }
    }

    public static CommandResult ok(String stdout) {
        return new CommandResult(0, stdout, "");
    }

    public static CommandResult fail(int code, String stderr) {
        return new CommandResult(code, "", stderr);
    }

    /**
     * Answers {@code command} (as written, without sudo) with these results, one per call; once they are
     * used up the server interprets the command again.
     */
    public FakeServer script(String command, CommandResult... results) {
        for (CommandResult r : results) {
            scripted.computeIfAbsent(command, c -> new ArrayDeque<>()).add(new Answer(r, () -> { }));
        }
        return this;
    }

    /** Answers {@code command} once with {@code result}, doing {@code effect} to the server as it does. */
    public FakeServer script(String command, CommandResult result, Runnable effect) {
        scripted.computeIfAbsent(command, c -> new ArrayDeque<>()).add(new Answer(result, effect));
        return this;
    }

    /**
     * The connection drops at the {@code n}th command from now (1 = the next one): before the server
     * runs it, or after (the command's effect stays, its answer is lost).
     */
    public void cutConnectionAt(int n, boolean afterRunning) {
        cutAt = commands.size() + n;
        cutAfterRunning = afterRunning;
    }

    public void addUser(String name, String... extraGroups) {
        List<String> groups = new ArrayList<>(List.of(name));
        groups.addAll(List.of(extraGroups));
        users.put(name, groups);
        dirs.put(home(name), new FakeFile(null, 0755, name, name));
    }

    public String home(String user) {
        return user.equals("root") ? "/root" : "/home/" + user;
    }

    public void putText(String path, String text, int mode, String owner, String group) {
        files.put(path, new FakeFile(text.getBytes(StandardCharsets.UTF_8), mode, owner, group));
    }

    public String text(String path) {
        FakeFile f = files.get(path);
        return f == null ? null : f.text();
    }

    public void service(String name, boolean isEnabled, boolean isActive) {
        if (isEnabled) {
            enabled.add(name);
        }
        if (isActive) {
            active.add(name);
        }
    }

    /** The commands sent as root since {@code from} (an index into {@link #commands}). */
    public List<String> commandsSince(int from) {
        return List.copyOf(commands.subList(from, commands.size()));
    }

    @Override
    public String server() {
        return name;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public CommandResult run(String command, Duration timeout) {
        sent.add(command);
        boolean root = user.equals("root");
        String inner = command;
        if (root && command.startsWith("sudo ")) {
            throw new AssertionError("a root login needs no sudo: " + command);
        }
        if (command.startsWith("sudo -n sh -c ")) {
            inner = Words.unquote(command.substring("sudo -n sh -c ".length()));
            root = root || users.get(user).contains("sudo") || users.get(user).contains("wheel");
        }
        commands.add(inner);
        boolean cut = commands.size() == cutAt;
        if (cut) {
            cutAt = -1;
            if (!cutAfterRunning) {
                throw new RemoteCommandException(name, "connection lost while running a command");
            }
        }
        CommandResult result = answer(inner, root);
        if (cut) {
            throw new RemoteCommandException(name, "connection lost while running a command");
        }
        return result;
    }

    private CommandResult answer(String inner, boolean root) {
        Deque<Answer> answers = scripted.get(inner);
        if (answers != null && !answers.isEmpty()) {
            Answer a = answers.poll();
            a.effect().run();
            return a.result();
        }
        if (inner.equals(FACTS)) {
            return ok(home(user) + "\n" + "203.0.113.9 50022 192.0.2.10 " + loginPort + "\n");
        }
        if (inner.equals(OsRelease.COMMAND)) {
            return osRelease == null ? fail(1, "") : ok(osRelease);
        }
        if (!root) {
            return fail(1, "sudo: a password is required\n");
        }
        return interpreter.handle(inner, Words.split(inner));
    }

    @Override
    public CommandResult run(String command, byte[] stdin, Duration timeout) {
        throw new AssertionError("the bootstrap feeds no stdin: " + command);
    }

    @Override
    public void upload(String remotePath, byte[] content, int mode) {
        if (!remotePath.startsWith(home(user) + "/") && !remotePath.startsWith("/tmp/")) {
            throw new RemoteCommandException(name, "upload to " + remotePath + ": Permission denied");
        }
        files.put(remotePath, new FakeFile(content.clone(), mode, user, user));
        sent.add("upload " + remotePath);
    }

    /** The SHA-256 the server would print for a file's content. */
    static String hash(byte[] content) {
        return RemoteFiles.sha256(content);
    }
}
