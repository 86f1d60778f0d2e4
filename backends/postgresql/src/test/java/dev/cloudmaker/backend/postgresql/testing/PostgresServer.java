package dev.cloudmaker.backend.postgresql.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL from Debian's packages ({@code /usr/lib/postgresql/<version>/bin}): {@code initdb}
 * in a temporary directory, the server on a free port of 127.0.0.1, password login (scram-sha-256) for
 * the superuser {@link #USER}. PostgreSQL refuses to run as root, so as root it runs as the
 * {@code postgres} user through {@code runuser}. Stopped by its PID ({@code pg_ctl stop -m immediate})
 * and the directory deleted after the test class, whether its tests passed or not. Without the packages
 * the tests are skipped with a message (CI installs them: {@code .ci/run}).
 *
 * <pre>{@code @RegisterExtension static final PostgresServer PG = new PostgresServer();}</pre>
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {
    public static final String USER = "cm";
    public static final String PASSWORD = "pg-test-password-7f3a";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private Path dir;
    private Path bin;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> found = binaries();
        Assumptions.assumeTrue(found.isPresent(), "PostgreSQL is not installed (apt-get install postgresql); skipping");
        bin = found.get();
        dir = Files.createTempDirectory("cloudmaker-pg-");
        Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
        chownToServerUser();
        run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "--pwfile=" + dir.resolve("pw"),
                "--auth=scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C"));
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (dir != null) {
                stop();
            }
        } finally {
            deleteTree();
        }
    }

    /** Starts the server (again) on its port; returns when it accepts connections. Does nothing while it runs. */
    public void start() {
        if (server().isPresent()) {
            return;
        }
        if (port == 0) {
            port = freePort();
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off -c full_page_writes=off",
                "-w", "-t", "60", "start"));
    }

    /** Stops the server at once (a crash, as far as clients can tell), by its PID. */
    public void stop() {
        Optional<ProcessHandle> server = server();
        if (server.isEmpty()) {
            return;
        }
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            server.get().destroyForcibly(); // our own postmaster, by its PID
        }
    }

    public int port() {
        return port;
    }

    /** {@code postgresql://cm@127.0.0.1:PORT/DATABASE}, with extra query text ({@code ?lease_seconds=3}) if given. */
    public String url(String database, String query) {
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** Creates a fresh database, so that each test starts from nothing. */
    public String createDatabase(String name) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** A superuser connection to {@code database}, for tests that look at or change the tables behind cloudmaker's back. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** The running postmaster of this directory, by the PID it wrote (only if that process is a postgres). */
    private Optional<ProcessHandle> server() {
        return pid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    private Optional<Long> pid() {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).getFirst().strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> b.getParent().getFileName().toString(), Comparator.comparingInt(PostgresServer::major)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void chownToServerUser() {
        if (ROOT) {
            run0(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
    }

    /** Runs a PostgreSQL tool as the server's user; fails with the tool's output. */
    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run0(full);
    }

    private void run0(List<String> command) {
        try {
            Path log = Files.createTempFile("cloudmaker-pg-tool-", ".log");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                        .directory(dir.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteTree() throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
