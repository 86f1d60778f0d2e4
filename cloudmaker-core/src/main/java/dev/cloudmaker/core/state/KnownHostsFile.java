package dev.cloudmaker.core.state;

import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.model.SshPublicKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * The pins in the workspace's own known_hosts file, in plain OpenSSH format so that
 * {@code ssh -o UserKnownHostsFile=FILE -o HostKeyAlias=NAME} or {@code ssh -o UserKnownHostsFile=FILE ADDR}
 * trusts exactly what cloudmaker trusts. One line per server, whose first host pattern is the server's
 * name (bare, for HostKeyAlias); its addresses follow, written {@code [addr]:port} when the port is not 22,
 * as ssh looks them up. Lines cloudmaker did not write (comments, other hosts) are kept as they are.
 */
public final class KnownHostsFile implements HostKeyPins {
    private static final int SSH_PORT = 22;
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.:%_-]+");
    private static final String HEADER = "# Host keys pinned by cloudmaker, one line per server: name,addresses key."
            + " Remove a server's line only after checking its key on the server's console.";
    // Parallel bootstraps pin different servers into one file: read-modify-write must not interleave.
    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object lock;
    private final Runnable fence;

    /** @param fence run before each write; throws when this run may no longer write (see {@link Lease#checkValid()}) */
    KnownHostsFile(Path file, Runnable fence) {
        this.file = file.toAbsolutePath().normalize();
        this.lock = LOCKS.computeIfAbsent(this.file, f -> new Object());
        this.fence = fence;
    }

    /** The file alone, with no lock to fence its writes (tests, tools). */
    public static KnownHostsFile at(Path file) {
        return new KnownHostsFile(file, () -> { });
    }

    public Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public Path openSshFile() {
        return file;
    }

    /** Adds the server's line, or replaces it (and any duplicate) in place; other lines keep their content and order. */
    @Override
    public HostKeyPin pin(String serverName, List<String> addresses, int port, SshPublicKey key) {
        ServerNames.require(serverName);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        List<String> patterns = new ArrayList<>();
        patterns.add(serverName);
        for (String address : addresses) {
            if (!ADDRESS.matcher(address).matches()) {
                throw new IllegalArgumentException("\"" + address + "\" is not a host address");
            }
            String pattern = port == SSH_PORT ? address : "[" + address + "]:" + port;
            if (!patterns.contains(pattern)) {
                patterns.add(pattern);
            }
        }
        synchronized (lock) {
            fence.run();
            List<String> lines = read();
            int at = -1;
            List<String> out = new ArrayList<>();
            for (String line : lines) {
                if (isFor(line, serverName)) {
                    if (at < 0) {
                        at = out.size();
                        out.add(null); // the new line goes where the old one was
                    }
                } else {
                    out.add(line);
                }
            }
            if (lines.isEmpty()) {
                out.add(HEADER);
            }
            if (at < 0) {
                at = out.size();
                out.add(null);
            }
            HostKeyPin pin = pinAt(at + 1, serverName, patterns, key);
            out.set(at, pin.line());
            write(out);
            return pin;
        }
    }

    @Override
    public boolean remove(String serverName) {
        ServerNames.require(serverName);
        synchronized (lock) {
            List<String> lines = read();
            List<String> out = lines.stream().filter(l -> !isFor(l, serverName)).toList();
            if (out.size() == lines.size()) {
                return false;
            }
            fence.run();
            write(out);
            return true;
        }
    }

    /** The server's pin, if the file has one; unparseable lines are skipped, not fatal. */
    @Override
    public Optional<HostKeyPin> lookup(String serverName) {
        ServerNames.require(serverName);
        synchronized (lock) {
            List<String> lines = read();
            for (int i = 0; i < lines.size(); i++) {
                if (isFor(lines.get(i), serverName)) {
                    String[] fields = lines.get(i).strip().split("\\s+", 3);
                    try {
                        SshPublicKey key = SshPublicKey.parse(fields[1] + " " + fields[2]);
                        return Optional.of(pinAt(i + 1, serverName, List.of(fields[0].split(",")), key));
                    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                        // a damaged line pins nothing; the caller reports "no pin" and where the file is
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** A pin at {@code lineNumber}: from 1, where the line was when the file was read. */
    private HostKeyPin pinAt(int lineNumber, String serverName, List<String> patterns, SshPublicKey key) {
        return new HostKeyPin(serverName, patterns, key,
                file + " line " + lineNumber, "remove line " + lineNumber + " from " + file);
    }

    /** Marker lines ({@code @revoked}, {@code @cert-authority}), comments and hashed names are never ours. */
    private static boolean isFor(String line, String serverName) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("@")) {
            return false;
        }
        String hosts = s.split("\\s+", 2)[0];
        return hosts.split(",", 2)[0].equals(serverName);
    }

    private List<String> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        AtomicFiles.writeString(file, sb.toString());
    }
}
