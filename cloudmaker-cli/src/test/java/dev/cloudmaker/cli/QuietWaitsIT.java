package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waits that no progress view follows (a power change, a resize, an image, deep in the provider) still say what they
 * wait for once they pass a second: the emulator's actions take 2.5 s here, so every wait below lasts that long.
 */
class QuietWaitsIT {
    @TempDir
    Path dir;

    @Test
    void aStopAndAResizeSayWhatTheyWaitForOnStderrAndStdoutStaysTheCommandsOwn() throws Exception {
        try (DigitalOceanEmulator emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(200))
                .actionDuration(Duration.ofMillis(2500)).start()) {
            Fixture.write(dir, "dop_v1_test");
            Files.writeString(dir.resolve("cloud.json"), """
                    {"defaults": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64"},
                     "bootstrap": {"enabled": false}, "servers": {"web1": {}}}
                    """);
            CliRun provision = CliRun.against(emu.baseUrl(), dir, Map.of(), "provision", "--yes");
            assertThat(provision.exitCode()).as(provision.all()).isZero();

            CliRun stop = CliRun.against(emu.baseUrl(), dir, Map.of(), "stop", "web1", "--wait");
            assertThat(stop.exitCode()).as(stop.all()).isZero();
            assertThat(stop.err()).as("the stop's wait").containsPattern("waiting for .*s so far");
            assertThat(stop.out()).doesNotContain("waiting for");

            CliRun resize = CliRun.against(emu.baseUrl(), dir, Map.of(), "--json", "resize", "web1", "s-2vcpu-4gb");
            assertThat(resize.exitCode()).as(resize.all()).isZero();
            assertThat(resize.err()).as("the resize's wait").containsPattern("waiting for .*s so far");
            assertThat(resize.out().trim()).as("stdout holds the one document").startsWith("{").endsWith("}");
        }
    }
}
