package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 15: the same situation gives the same exit code whatever the command. */
class ExitCodesAgreeTest {
    @TempDir
    Path dir;

    @Test
    void aCommandGroupWithoutItsCommandIsAUsageError() {
        for (List<String> args : List.of(List.<String>of(), List.of("keys"), List.of("backend"), List.of("-v"))) {
            CliRun run = CliRun.of(Map.of(), args.toArray(String[]::new));
            assertThat(run.exitCode()).as("cloudmaker %s", args).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as("cloudmaker %s", args).contains("Usage:", "error: name a command");
            assertThat(run.out()).as("cloudmaker %s", args).isEmpty();
        }
        CliRun json = CliRun.of(Map.of(), "keys", "--json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(json.out()).as("the error document says what is missing")
                .contains("\"kind\" : \"usage\"", "name a command, e.g. `cloudmaker keys add`");
    }

    @Test
    void anUnknownServerIsAnErrorForEveryCommandThatNamesOne() throws Exception {
        Fixture.write(dir, "dop_v1_x");
        for (List<String> args : List.of(List.of("show", "nosuch"), List.of("start", "nosuch"), List.of("stop", "nosuch"),
                List.of("reboot", "nosuch"), List.of("resize", "nosuch", "s-2vcpu-2gb"),
                List.of("image", "nosuch"), List.of("recreate", "nosuch", "--yes"), List.of("terminate", "nosuch", "--yes"),
                List.of("destroy", "nosuch", "--yes"), List.of("ssh", "nosuch"), List.of("exec", "nosuch", "--", "true"),
                List.of("bootstrap", "nosuch"))) {
            CliRun run = CliRun.in(dir, Map.of(), prefixed("--sandbox", args));
            assertThat(run.exitCode()).as("cloudmaker %s: %s", args, run.all()).isEqualTo(ExitCodes.ERROR);
            assertThat(run.err()).as("cloudmaker %s", args).contains("nosuch").doesNotContain("Exception");
        }
    }

    @Test
    void readingCommandsNeitherWaitForNorAreRefusedForTheLock() throws Exception {
        Fixture.write(dir, "dop_v1_x");
        try (Lease held = new FileStateStore(new Workspace(dir)).lock("cloudmaker provision", Duration.ZERO, notice -> { })) {
            for (List<String> args : List.of(List.of("validate"), List.of("regions"), List.of("list"), List.of("plan"),
                    List.of("show", "server1"))) {
                CliRun run = CliRun.in(dir, Map.of(), prefixed("--sandbox", args));
                assertThat(run.err()).as("cloudmaker --sandbox %s", args).doesNotContain("being changed", "lock");
                assertThat(run.exitCode()).as("cloudmaker --sandbox %s: %s", args, run.all())
                        .isEqualTo(args.get(0).equals("show") ? ExitCodes.ERROR : ExitCodes.OK);
            }
            CliRun writer = CliRun.in(dir, Map.of(), "--sandbox", "provision", "--yes");
            assertThat(writer.exitCode()).as("a writer is still refused: %s", writer.all()).isEqualTo(ExitCodes.BUSY);
        }
    }

    private static String[] prefixed(String first, List<String> args) {
        String[] all = new String[args.size() + 1];
        all[0] = first;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return all;
    }
}
