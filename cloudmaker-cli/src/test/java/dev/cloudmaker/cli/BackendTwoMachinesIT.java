package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.backend.postgresql.testing.PostgresServer;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two machines on one definition and one PostgreSQL backend: two CLI processes (the jar) in two folders
 * ({@code a/shop}, {@code b/shop}), against one emulator whose servers take seconds to boot, so that the
 * first run is still busy when the second starts; leases of 5 s keep the take-overs quick.
 */
class BackendTwoMachinesIT {
    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Duration BOOT = Duration.ofSeconds(6);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    @TempDir
    Path logs;

    private DigitalOceanEmulator emu;
    private Path a;
    private Path b;
    private String database;
    private Map<String, String> env;
    private JarProcess first;

    @BeforeEach
    void start() throws Exception {
        emu = DigitalOceanEmulator.builder().bootDelay(BOOT).start();
        a = Fixture.write(Files.createDirectories(tmp.resolve("a/shop")), "dop_v1_two");
        b = Fixture.write(Files.createDirectories(tmp.resolve("b/shop")), "dop_v1_two");
        database = PG.createDatabase("two" + DATABASES.incrementAndGet());
        env = Map.of("PGPASSWORD", PostgresServer.PASSWORD, StateBackend.ENV, PG.url(database, "lease_seconds=5"));
        assertThat(CliRun.in(a, env, "backend", "init").exitCode()).isZero();
    }

    @AfterEach
    void stop() throws Exception {
        if (first != null) {
            new ProcessBuilder("kill", "-CONT", String.valueOf(first.pid())).start().waitFor();
            first.kill();
        }
        emu.close();
        PG.start(); // a test stopped it; starting a running server again fails, so only then
    }

    @Test
    void theSecondMachineIsRefusedWithExit75NamingTheHolderAndChangesNothing() throws Exception {
        first = provisionInBackground();
        CliRun second = JarProcess.start(logs, env, "-C", b.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes").finish();

        assertThat(second.exitCode()).as(second.all()).isEqualTo(ExitCodes.BUSY);
        assertThat(second.err()).contains("definition shop (namespace default)", "`cloudmaker provision` (pid " + first.pid() + ", ",
                "its lease runs until", "Nothing was changed").doesNotContain("Exception");
        assertThat(first.finish().exitCode()).isZero();
        assertThat(emu.droplets()).extracting(d -> d.name()).containsExactlyInAnyOrder("server1", "server2");
    }

    @Test
    void aHolderKilledMidProvisionIsTakenOverAfterItsLeaseAndTheOtherConvergesWithoutDuplicates() throws Exception {
        first = provisionInBackground();
        awaitFirstCreate();
        long killed = first.pid();
        first.kill();
        first = null;

        CliRun next = JarProcess.start(logs, env, "-C", b.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes",
                "--wait-lock", "1m").finish();

        assertThat(next.exitCode()).as(next.all()).isZero();
        assertThat(next.err()).contains("took over an expired lease: `cloudmaker provision` (pid " + killed + ", ");
        assertConverged();
        assertThat(CliRun.in(b, env, "history", "--json").out()).contains("\"pid\" : " + killed).contains("\"outcome\" : \"abandoned\"");
    }

    @Test
    void aHolderPausedPastItsLeaseIsRefusedOnResumingAndStopsWhileTheOtherConverges() throws Exception {
        first = provisionInBackground();
        awaitFirstCreate();
        signal("STOP", first.pid());

        CliRun next = JarProcess.start(logs, env, "-C", b.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes",
                "--wait-lock", "1m").finish();
        assertThat(next.exitCode()).as(next.all()).isZero();
        long mutationsAfterTakeOver = emu.stats().mutatingRequests();
        signal("CONT", first.pid());
        CliRun resumed = first.finish();
        first = null;

        assertThat(resumed.exitCode()).as(resumed.all()).isEqualTo(ExitCodes.BUSY);
        assertThat(resumed.err()).contains("lost its lease on definition shop (namespace default)").doesNotContain("Exception");
        assertThat(emu.stats().byEndpoint().getOrDefault("POST droplets", 0)).isEqualTo(1);
        assertThat(emu.stats().mutatingRequests()).as("changes the resumed run sent").isEqualTo(mutationsAfterTakeOver);
        assertConverged();
    }

    @Test
    void theDatabaseStoppedMidRunFailsTheRunCleanlyAndALaterRunConverges() throws Exception {
        first = provisionInBackground();
        awaitFirstCreate();
        PG.stop();
        CliRun failed = first.finish();
        first = null;
        assertThat(failed.exitCode()).as(failed.all()).isIn(ExitCodes.ERROR, ExitCodes.BUSY);
        assertThat(failed.err()).doesNotContain("Exception").doesNotContain(PostgresServer.PASSWORD);

        PG.start();
        CliRun later = JarProcess.start(logs, env, "-C", b.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes",
                "--wait-lock", "1m").finish();
        assertThat(later.exitCode()).as(later.all()).isZero();
        assertConverged();
    }

    private void assertConverged() throws Exception {
        assertThat(emu.droplets()).extracting(d -> d.name()).containsExactlyInAnyOrder("server1", "server2");
        assertThat(emu.records("acme.com")).filteredOn(r -> r.type().equals("A") || r.type().equals("AAAA"))
                .extracting(r -> r.type() + " " + r.name()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("A server1", "AAAA server1", "A @", "AAAA @", "A server2", "AAAA server2");
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM cloudmaker.journal")) {
            r.next();
            assertThat(r.getLong(1)).as("pending creates left in the journal").isZero();
        }
    }

    private void awaitFirstCreate() {
        await("the first run's first create").atMost(LIMIT).pollInterval(Duration.ofMillis(50))
                .failFast("the first run ended before creating a server", () -> !first.process().isAlive())
                .until(() -> emu.stats().byEndpoint().getOrDefault("POST droplets", 0) > 0);
    }

    /** A provision in folder a as its own process; returns once it holds the lease. */
    private JarProcess provisionInBackground() throws IOException {
        JarProcess p = JarProcess.start(logs, env, "-C", a.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes");
        await("cloudmaker provision (pid " + p.pid() + ") to take the lease").atMost(LIMIT).pollInterval(Duration.ofMillis(50))
                .failFast("the first run ended before taking the lease", () -> !p.process().isAlive())
                .until(() -> holderPid() == p.pid());
        return p;
    }

    private long holderPid() throws Exception {
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (holder->>'pid')::bigint FROM cloudmaker.lease WHERE released_at IS NULL")) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    private static void signal(String name, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).start().waitFor()).isZero();
    }
}
