package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 7: Ctrl-C during a provision (a real process receiving SIGINT while its servers boot) still
 * ends it at once with 130, and it says what it had done and that provision again finishes it; it does.
 */
class InterruptedProvisionIT {
    @TempDir
    Path dir;
    @TempDir
    Path logs;

    private DigitalOceanEmulator emu;
    private Process cli;

    @BeforeEach
    void start() throws Exception {
        emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofSeconds(15)).start();
        Fixture.write(dir, "dop_v1_int");
    }

    @AfterEach
    void stop() {
        if (cli != null) {
            cli.destroyForcibly();
        }
        emu.close();
    }

    @Test
    void sigintDuringProvisionSaysWhatWasDoneAndExits130() throws Exception {
        Path out = logs.resolve("out.txt");
        Path err = logs.resolve("err.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path jar = Path.of(System.getProperty("user.dir"), "target", "cloudmaker.jar");
        // a process started from a background job ignores SIGINT, and a JVM keeps ignoring it: reset it as a shell's child has it
        cli = new ProcessBuilder(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die", java, "-jar", jar.toString(),
                "-C", dir.toString(), "--api-url", emu.baseUrl().toString(), "provision", "--yes", "--no-bootstrap"))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        await("the servers created and awaited").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .failFast("provision ended early", () -> !cli.isAlive())
                .until(() -> Files.readString(out).contains("server server2: created (id")
                        && Files.readString(out).contains("server server1: created (id"));

        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor()).isZero();

        assertThat(cli.waitFor(1, TimeUnit.MINUTES)).as("ends at once").isTrue();
        assertThat(cli.exitValue()).isEqualTo(130);
        assertThat(Files.readString(err)).contains("Interrupted. Servers created so far: server1, server2; not created yet: none.",
                "Run `cloudmaker provision` again to finish it.").doesNotContain("Exception");


        CliRun again = CliRun.against(emu.baseUrl(), dir, Map.of(), "provision", "--yes", "--no-bootstrap");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(emu.droplets()).extracting(d -> d.name()).containsExactlyInAnyOrder("server1", "server2");
    }
}
