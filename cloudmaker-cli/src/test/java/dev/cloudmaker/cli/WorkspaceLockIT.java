package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.RunOutcome;
import dev.cloudmaker.core.state.RunRecord;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.core.state.WorkspaceLock;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 2, one writer at a time: two real CLI processes on one definition. The first provision is
 * kept busy by servers that take seconds to boot; the second refuses at once (changing nothing), or
 * waits with --wait-lock; a first run killed with SIGKILL leaves a stale lock the next run takes over.
 */
class WorkspaceLockIT {
    private static final Duration BOOT = Duration.ofSeconds(4);
    private static final Duration LOCK_TAKEN = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    private DigitalOceanEmulator emu;
    private JarProcess first;

    @BeforeEach
    void start() throws IOException {
        emu = DigitalOceanEmulator.builder().bootDelay(BOOT).start();
        Fixture.write(dir, "dop_v1_lock");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (first != null) {
            first.kill();
        }
        emu.close();
    }

    @Test
    void aSecondProvisionRefusesAtOnceNamingTheFirstAndChangesNothing() throws Exception {
        first = provisionInBackground();
        try (DigitalOceanEmulator other = DigitalOceanEmulator.builder().start()) {
            // its own API: every request the refused run made would show there
            CliRun second = JarProcess.start(logs, Map.of(), "-C", dir.toString(), "--api-url", other.baseUrl().toString(),
                    "provision", "--yes").finish();

            assertThat(second.exitCode()).as(second.all()).isEqualTo(ExitCodes.BUSY);
            assertThat(second.err()).contains("cloud.json in " + new Workspace(dir).dir() + " is being changed by `cloudmaker provision` (pid "
                    + first.pid() + ", ", "started ", "--wait-lock", "Nothing was changed").doesNotContain("Exception");
            assertThat(other.stats().totalRequests()).isZero();
        }
        assertThat(first.finish().exitCode()).isZero();
        assertThat(Files.readString(WorkspaceLock.fileOf(new Workspace(dir)))).as("released lock file").isEmpty();
    }

    @Test
    void withWaitLockTheSecondRunWaitsForTheFirstThenFindsNothingToDo() throws Exception {
        first = provisionInBackground();

        CliRun second = JarProcess.start(logs, Map.of(), "-C", dir.toString(), "--api-url", emu.baseUrl().toString(),
                "provision", "--yes", "--wait-lock", "2m").finish();

        assertThat(first.process().isAlive()).isFalse();
        assertThat(first.finish().exitCode()).isZero();
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("No changes.");
        assertThat(second.err()).as("the wait is not silent").contains("waiting for the other run on ", "so far (held by ");
        assertThat(emu.droplets()).extracting(d -> d.name()).containsExactlyInAnyOrder("server1", "server2");
    }

    @Test
    void aWaitThatRunsOutRefusesSayingHowLongItWaited() throws Exception {
        first = provisionInBackground();

        CliRun second = CliRun.against(emu.baseUrl(), dir, Map.of(), "destroy", "--yes", "--wait-lock", "300ms");

        assertThat(second.exitCode()).as(second.all()).isEqualTo(ExitCodes.BUSY);
        assertThat(second.err()).contains("is being changed by `cloudmaker provision` (pid " + first.pid(), "waited 300ms");
        assertThat(first.finish().exitCode()).isZero();
        assertThat(emu.droplets()).hasSize(2);
    }

    @Test
    void aRunKilledMidProvisionLeavesAStaleLockTheNextRunTakesOverAndFinishes() throws Exception {
        first = provisionInBackground();
        await("the first run's first create").atMost(LOCK_TAKEN).pollInterval(Duration.ofMillis(50))
                .failFast("the first run ended before creating a server", () -> !first.process().isAlive())
                .until(() -> emu.stats().byEndpoint().getOrDefault("POST droplets", 0) > 0);
        long killed = first.pid();
        first.kill();

        CliRun next = CliRun.against(emu.baseUrl(), dir, Map.of(), "provision", "--yes");

        assertThat(next.exitCode()).as(next.all()).isZero();
        assertThat(next.err()).contains("took over a stale lock: `cloudmaker provision` (pid " + killed + ", ", "ended without releasing");
        assertThat(emu.droplets()).extracting(d -> d.name()).containsExactlyInAnyOrder("server1", "server2");
        assertThat(new FileStateStore(new Workspace(dir)).runs().recent(10)).as("the run history")
                .extracting(RunRecord::pid, RunRecord::outcome)
                .containsExactly(tuple(ProcessHandle.current().pid(), RunOutcome.SUCCEEDED), tuple(killed, RunOutcome.ABANDONED));
    }

    @Test
    void readOnlyCommandsRunBesideAWriter() throws Exception {
        first = provisionInBackground();

        CliRun plan = CliRun.against(emu.baseUrl(), dir, Map.of(), "validate");
        CliRun list = CliRun.against(emu.baseUrl(), dir, Map.of(), "list");

        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(first.finish().exitCode()).isZero();
    }

    @Test
    void unlockRefusesToBreakALiveRunsLockAndClearsADeadOnes() throws Exception {
        first = provisionInBackground();
        CliRun refused = CliRun.of(Map.of(), "-C", dir.toString(), "unlock", "--force");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(ExitCodes.BUSY);
        assertThat(refused.err()).contains("(pid " + first.pid(), "is running on this host", "kill " + first.pid(), "The lock is kept");

        long killed = first.pid();
        first.kill();
        CliRun cleared = CliRun.of(Map.of(), "-C", dir.toString(), "unlock");
        assertThat(cleared.exitCode()).as(cleared.all()).isZero();
        assertThat(cleared.out()).contains("Cleared a stale lock: `cloudmaker provision` (pid " + killed);
        assertThat(CliRun.of(Map.of(), "-C", dir.toString(), "unlock").out()).contains("No run holds the lock");
    }

    /** A provision started as its own process; returns once it holds the lock (its holder is written). */
    private JarProcess provisionInBackground() throws IOException {
        JarProcess p = JarProcess.start(logs, Map.of(), "-C", dir.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes");
        Path lock = WorkspaceLock.fileOf(new Workspace(dir));
        await("cloudmaker provision (pid " + p.pid() + ") to take the lock").atMost(LOCK_TAKEN).pollInterval(Duration.ofMillis(50))
                .failFast("the first run ended before taking the lock", () -> !p.process().isAlive())
                .until(() -> Files.exists(lock) && Files.size(lock) > 0);
        return p;
    }
}
