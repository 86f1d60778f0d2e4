package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.RunOutcome;
import dev.cloudmaker.core.state.RunRecord;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command that takes the lock leaves a line in the run history saying how it ended; one that only reads leaves none. */
class RunHistoryIT {
    @TempDir
    Path dir;

    private DigitalOceanEmulator emu;

    @BeforeEach
    void start() throws Exception {
        emu = DigitalOceanEmulator.builder().start();
        Fixture.write(dir, "dop_v1_history");
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void writersAreRecordedWithTheirOutcomeAndReadersAreNot() {
        CliRun unanswered = CliRun.against(emu.baseUrl(), dir, Map.of(), "provision");
        CliRun applied = CliRun.against(emu.baseUrl(), dir, Map.of(), "provision", "--yes");
        CliRun listed = CliRun.against(emu.baseUrl(), dir, Map.of(), "list");
        assertThat(unanswered.exitCode()).as(unanswered.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(applied.exitCode()).as(applied.all()).isZero();
        assertThat(listed.exitCode()).as(listed.all()).isZero();

        List<RunRecord> runs = new FileStateStore(new Workspace(dir)).runs().recent(10);

        assertThat(runs).extracting(RunRecord::command, RunRecord::outcome).containsExactly(
                tuple("cloudmaker provision", RunOutcome.SUCCEEDED),
                tuple("cloudmaker provision", RunOutcome.FAILED));
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(r.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(r.end()).isAfterOrEqualTo(r.start());
        });
    }
}
