package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.backend.postgresql.testing.PostgresServer;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.testkit.Campaign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded kill and pause points of a provision holding the PostgreSQL lease (machine A, folder {@code a/shop}),
 * each followed by a provision from machine B ({@code b/shop}) that must take the lease over and converge:
 * exactly the declared servers and records, no duplicate, an empty journal. A paused holder, resumed after B
 * finished, must send no change and end with 0 or 75. 4 seeds by default, 30 with {@code -Dcloudmaker.campaign=full}.
 */
class BackendCampaignIT {
    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    static java.util.List<Long> seeds() {
        return Campaign.seeds(1900, 4, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHolderKilledOrPausedAtASeededPointIsTakenOverWithoutDuplicates(long seed) throws Exception {
        Random random = new Random(seed);
        boolean pause = seed % 2 == 0; // half the points pause the holder, half kill it
        boolean afterCreate = random.nextBoolean();
        long delayMs = random.nextInt(2500);
        String database = PG.createDatabase("campaign" + seed);
        Map<String, String> env = Map.of("PGPASSWORD", PostgresServer.PASSWORD, StateBackend.ENV, PG.url(database, "lease_seconds=5"));
        Path a = Fixture.write(Files.createDirectories(tmp.resolve("a/shop")), "dop_v1_campaign");
        Path b = Fixture.write(Files.createDirectories(tmp.resolve("b/shop")), "dop_v1_campaign");
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        String replay = Campaign.replayCommand(Campaign.moduleUnderTest(), getClass().getSimpleName(), seed);
        try (DigitalOceanEmulator emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofSeconds(4)).start()) {
            assertThat(CliRun.in(a, env, "backend", "init").exitCode()).isZero();
            JarProcess first = JarProcess.start(logs, env, "-C", a.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes");
            try {
                await("the lease taken by pid " + first.pid()).atMost(LIMIT).pollInterval(Duration.ofMillis(20))
                        .failFast(() -> !first.process().isAlive()).until(() -> holderPid(database) == first.pid());
                if (afterCreate) {
                    await("the first create").atMost(LIMIT).pollInterval(Duration.ofMillis(20)).failFast(() -> !first.process().isAlive())
                            .until(() -> emu.stats().byEndpoint().getOrDefault("POST droplets", 0) > 0);
                }
                await().pollDelay(Duration.ofMillis(delayMs)).until(() -> true);
                if (!first.process().isAlive()) {
                    OUTCOMES.merge("ended before the point", 1, Integer::sum);
                } else if (pause) {
                    signal("STOP", first.pid());
                } else {
                    first.kill();
                }

                CliRun next = JarProcess.start(logs, env, "-C", b.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes",
                        "--wait-lock", "2m").finish();
                assertThat(next.exitCode()).as("seed %d, replay: %s%n%s", seed, replay, next.all()).isZero();
                long mutations = emu.stats().mutatingRequests();
                if (pause && first.process().isAlive()) {
                    signal("CONT", first.pid());
                    CliRun resumed = first.finish();
                    assertThat(resumed.exitCode()).as("seed %d, replay: %s%n%s", seed, replay, resumed.all()).isIn(ExitCodes.OK, ExitCodes.BUSY);
                    assertThat(emu.stats().mutatingRequests()).as("changes sent by the resumed holder, seed %d", seed).isEqualTo(mutations);
                    OUTCOMES.merge("paused, resumed: exit " + resumed.exitCode(), 1, Integer::sum);
                } else if (!pause) {
                    OUTCOMES.merge("killed", 1, Integer::sum);
                }
                assertThat(emu.droplets()).as("seed %d, replay: %s", seed, replay).extracting(d -> d.name())
                        .containsExactlyInAnyOrder("server1", "server2");
                assertThat(emu.records("acme.com")).filteredOn(r -> r.type().equals("A") || r.type().equals("AAAA"))
                        .extracting(r -> r.type() + " " + r.name()).as("seed %d", seed).doesNotHaveDuplicates().hasSize(6);
                assertThat(count(database, "SELECT count(*) FROM cloudmaker.journal")).as("pending creates left, seed %d", seed).isZero();
            } finally {
                signal("CONT", first.pid());
                first.kill();
            }
        }
    }

    @AfterAll
    static void summary() {
        String text = "BackendCampaignIT: " + seeds().size() + " seeded kill/pause points, 0 duplicates; " + OUTCOMES;
        System.out.println(text);
        Campaign.writeSummary("backend-campaign", text);
    }

    private static long holderPid(String database) throws Exception {
        return count(database, "SELECT coalesce((SELECT (holder->>'pid')::bigint FROM cloudmaker.lease WHERE released_at IS NULL), -1)");
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection c = PG.connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void signal(String name, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).start().waitFor();
    }
}
