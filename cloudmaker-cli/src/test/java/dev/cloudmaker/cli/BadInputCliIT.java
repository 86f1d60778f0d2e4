package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Promise 4, bad input changes nothing: every malformed or hostile definition and credentials file of
 * the core corpus ({@code config/bad/}), and the cases only the CLI meets (huge and deeply nested
 * files, unknown slugs, a revoked token, a DNS name another server holds), run as {@code provision --yes}
 * against the emulator: exit code 1, a message naming the file and a fix, no stack trace, and not one
 * mutating request.
 */
class BadInputCliIT {
    private static final Path CORPUS = Path.of(System.getProperty("user.dir")).resolveSibling("cloudmaker-core")
            .resolve("src/test/resources/config/bad");

    @TempDir
    Path dir;

    private DigitalOceanEmulator emu;

    @BeforeEach
    void start() throws IOException {
        emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(100)).start();
        Fixture.write(dir, "dop_v1_bad_input");
        Files.setPosixFilePermissions(dir.resolve("security.json"), PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadFileIsRefusedWithItsPlaceAndChangesNothing(String name) throws IOException {
        Path target = dir.resolve(name.startsWith("security") ? "security.json" : "cloud.json");
        Files.copy(CORPUS.resolve(name), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        refusedNaming(target, provision());
    }

    @Test
    void theCorpusIsLargeEnoughToMeanSomething() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aFiftyMegabyteDefinitionIsRefusedByItsSizeBeforeItIsDecodedOrParsed() throws IOException {
        Path cloud = dir.resolve("cloud.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(cloud))) {
            out.write(utf8("{\"web\": {\"region\": \"nyc3\", \"size\": \"s\", \"image\": \"i\", \"user_data\": \""));
            byte[] chunk = utf8("x".repeat(1 << 20));
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            // Only a reader that went through all 50 MiB meets these: a byte that is not UTF-8, and JSON that never ends.
            out.write(new byte[] {'"', (byte) 0xFF});
        }

        CliRun run = provision();

        refusedNaming(cloud, run);
        assertThat(run.err()).contains("the file is " + Files.size(cloud) + " bytes, more than the 1 MiB")
                .as("refused by its size, neither decoded nor parsed")
                .doesNotContain("not UTF-8").doesNotContain("ends before the JSON is complete");
    }

    @Test
    void tenThousandLevelsOfNestingAreRefusedWithoutAStackOverflow() throws IOException {
        Path cloud = dir.resolve("cloud.json");
        Files.writeString(cloud, "{\"web\": {\"region\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}");

        refusedNaming(cloud, provision());
    }

    @Test
    void anUnknownRegionSizeOrImageIsRefusedBeforeAnyChange() throws IOException {
        Files.writeString(dir.resolve("cloud.json"), Fixture.CLOUD.replace("\"nyc3\"", "\"xyz9\"").replace("s-1vcpu-1gb", "s-99vcpu-1tb"));

        CliRun run = provision();

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("xyz9", "s-99vcpu-1tb").doesNotContain("\tat ");
        assertThat(emu.stats().mutatingRequests()).isZero();
    }

    @Test
    void aRevokedTokenIsRefusedByTheApiAndNothingChanges() {
        emu.rejectToken("dop_v1_bad_input");

        CliRun run = provision();

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("401", "Unable to authenticate you").doesNotContain("\tat ").doesNotContain("dop_v1_bad_input");
        assertThat(emu.stats().mutatingRequests()).isZero();
    }

    @Test
    void aDnsNameAnotherServerHoldsStopsThePlanNamingTheHolder() {
        emu.seedDroplet("someone-else", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of());
        String address = emu.droplets().getFirst().publicIpv4();
        emu.seedDomain("acme.com");
        emu.seedRecord("acme.com", "A", "server2", address);
        emu.resetStats();

        CliRun run = provision();

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("server2.acme.com", "someone-else").doesNotContain("\tat ");
        assertThat(emu.stats().mutatingRequests()).isZero();
    }

    @Test
    void aSecurityFileOthersCanReadIsWarnedAboutAndTheCommandStillRuns() throws IOException {
        Files.setPosixFilePermissions(dir.resolve("security.json"), PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.against(emu.baseUrl(), dir, Map.of(), "plan");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: " + dir.resolve("security.json"), "other users can read it (rw-r--r--)",
                "Fix: chmod 600 security.json");
        assertThat(run.out()).contains("Plan:");
    }

    private CliRun provision() {
        return CliRun.against(emu.baseUrl(), dir, Map.of(), "provision", "--yes");
    }

    private void refusedNaming(Path file, CliRun run) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).as("names the file").contains("error: " + file);
        assertThat(run.err()).contains("Nothing was changed.").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err()).as("says how to fix it").containsAnyOf("Fix: ", "expected ", "the file is empty");
        assertThat(emu.stats().mutatingRequests()).as("mutating requests").isZero();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
