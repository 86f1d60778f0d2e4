package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.backend.postgresql.testing.PostgresServer;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 5 for the database password: every command ({@link SecretCanaryIT#ARGS}) runs with -v on a definition
 * whose state is in PostgreSQL, the password a canary given as {@code backend_password} in security.json, as
 * {@code PGPASSWORD}, and wrong (the server refuses it). Nothing printed or logged, no file of the folder (but
 * security.json), and no row cloudmaker wrote in the database (leases, run history with its results) holds it or
 * any 12 characters of it.
 */
class BackendSecretCanaryIT {
    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();

    @TempDir
    Path tmp;

    private final String password = "pgcanary-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final String wrong = "pgwrong-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

    @Test
    void noCommandLeaksTheDatabasePasswordWhereverItIsGivenOrWhenItIsRefused() throws Exception {
        String database = PG.createDatabase("canary");
        try (Connection c = PG.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE canary LOGIN PASSWORD '" + password + "'");
            s.execute("ALTER DATABASE " + database + " OWNER TO canary");
        }
        String url = "postgresql://canary@127.0.0.1:" + PG.port() + "/" + database;
        Map<String, Phase> phases = Map.of(
                "security-json", new Phase(password, Map.of()),
                "pgpassword", new Phase(null, Map.of("PGPASSWORD", password)),
                "refused", new Phase(wrong, Map.of()));
        StringBuilder printed = new StringBuilder();
        List<Path> workspaces = new ArrayList<>();
        int runs = 0;
        for (String name : List.of("security-json", "pgpassword", "refused")) {
            Phase phase = phases.get(name);
            Path dir = Files.createDirectories(tmp.resolve(name));
            workspaces.add(dir);
            Files.writeString(dir.resolve("cloud.json"), LifecycleIT.CLOUD);
            Files.writeString(dir.resolve("security.json"), "{\"digital_ocean_api_key\": \"dop_v1_canary\", \"public_ssh_key\": \""
                    + Fixture.publicKey(7) + " ann@laptop\"" + (phase.backendPassword() == null ? ""
                    : ", \"backend_password\": \"" + phase.backendPassword() + "\"") + "}\n");
            Files.setPosixFilePermissions(dir.resolve("security.json"), PosixFilePermissions.fromString("rw-------"));
            Map<String, String> env = new HashMap<>(phase.env());
            env.put(StateBackend.ENV, url + "?definition=" + name + "&lease_seconds=10");
            try (DigitalOceanEmulator emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(200))
                    .actionDuration(Duration.ofMillis(200)).start()) {
                printed.append(name).append(" $ cloudmaker -v backend init\n").append(run(emu, dir, env, List.of("-v", "backend", "init")));
                String importId = Long.toString(emu.seedDroplet("ghost", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of()));
                for (var command : SecretCanaryIT.ARGS.entrySet()) {
                    List<String> args = new ArrayList<>(List.of("-v"));
                    args.addAll(List.of(command.getKey().split(" ")));
                    command.getValue().forEach(a -> args.add(a.replace("IMPORT_ID", importId).replace("ALICE_PUB", "/nonexistent/alice.pub")));
                    printed.append(name).append(" $ cloudmaker ").append(String.join(" ", args)).append('\n')
                            .append(run(emu, dir, env, args)).append('\n');
                    runs++;
                }
            }
        }
        System.out.printf("BackendSecretCanaryIT: %d command runs scanned%n", runs);

        assertThat(printed.toString()).as("the commands did run against the backend")
                .contains("Apply complete", "Created cloudmaker's tables", "refused the password of user canary");
        List<String> canaries = new ArrayList<>(SecretCanaryIT.windows(password, 12));
        canaries.addAll(SecretCanaryIT.windows(wrong, 12));
        SecretCanaryIT.assertNoCanary("stdout, stderr and logs of every run", printed.toString(), canaries, List.of());
        for (Path dir : workspaces) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("security.json")).toList()) {
                    SecretCanaryIT.assertNoCanary(f.toString(), Files.readString(f, StandardCharsets.ISO_8859_1), canaries, List.of());
                }
            }
        }
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM cloudmaker.run), (SELECT string_agg(t::text, ' ') FROM cloudmaker.run t)"
                     + " || (SELECT string_agg(t::text, ' ') FROM cloudmaker.lease t)")) {
            r.next();
            assertThat(r.getLong(1)).as("runs recorded in the backend").isPositive();
            SecretCanaryIT.assertNoCanary("the backend's run history and leases", r.getString(2), canaries, List.of());
        }
    }

    /** How a phase gives the password: in security.json (null: not there), and the environment. */
    private record Phase(String backendPassword, Map<String, String> env) {
    }

    private static String run(DigitalOceanEmulator emu, Path dir, Map<String, String> env, List<String> args) {
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        PrintStream realOut = System.out;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            CliRun run = CliRun.against(emu.baseUrl(), dir, env, args.toArray(String[]::new));
            return "exit " + run.exitCode() + "\n" + run.all() + logs.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(realErr);
            System.setOut(realOut);
        }
    }
}
