package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorBuilder;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A canary token is driven through failures (401, 500, 422 pending events, lost replies); it must
 * appear in no exception message or stack trace, no progress step, no file cloudmaker wrote, and no
 * log line. Only security.json, which the user wrote, may hold it.
 */
class TokenSecrecyIT {
    /** Where src/test/resources/simplelogger.properties sends every cloudmaker log line, at debug. */
    private static final Path LOG = Path.of("target", "cloudmaker-test-slf4j.log");

    @TempDir
    Path dir;
    private final String canary = "dop_v1_canary_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final List<String> seen = new ArrayList<>();
    private final ApplyListener listener = (resource, message) -> seen.add(resource + ": " + message);

    @Test
    void rejectedToken() {
        try (EmulatedCloud cloud = cloud(Path.of("rejected"), EmulatedCloud.emulator())) {
            cloud.emu.rejectToken(canary);
            Operations ops = ops(cloud);
            recordFailure(() -> ops.planProvision(Set.of()));
            assertThat(seen).as("the 401 was reported").anyMatch(s -> s.contains("401"));
            assertCanaryAbsent(cloud.fixture.dir());
        }
    }

    @Test
    void serverErrorsAndLostRepliesWhileProvisioning() {
        DigitalOceanEmulatorBuilder emu = EmulatedCloud.emulator()
                .fault(FaultSpec.parse("500@records:POST=20x"))
                .fault(FaultSpec.parse("drop-reply@keys:POST=1x"))
                .fault(FaultSpec.parse("html-502@domains:POST=1x"));
        try (EmulatedCloud cloud = cloud(Path.of("faults"), emu)) {
            for (int run = 0; run < 3; run++) {
                Operations ops = ops(cloud);
                recordFailure(() -> ops.apply(ops.planProvision(Set.of())));
            }
            assertThat(seen).as("the 500 was reported").anyMatch(s -> s.contains("500"));
            assertCanaryAbsent(cloud.fixture.dir());
        }
    }

    @Test
    void unprocessablePendingEventWhileResizing() {
        DigitalOceanEmulatorBuilder emu = EmulatedCloud.emulator().fault(FaultSpec.parse("pending-event@droplet-actions:POST=1000x"));
        try (EmulatedCloud cloud = new EmulatedCloud(emu.start(), DefinitionFixture.in(dir.resolve("resize")).token(canary)
                .server(FixtureServer.of("server1", "server1.acme.com").withSize("s-2vcpu-4gb")).write())) {
            cloud.emu.seedDroplet("server1", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of(CloudChecks.NAMESPACE_TAG));
            Operations ops = cloud.operations(EmulatedCloud.FAST.withActiveTimeout(Duration.ofSeconds(1)), listener);
            recordFailure(() -> ops.apply(ops.planProvision(Set.of())));
            assertThat(seen).as("the resize gave up on the pending events").anyMatch(s -> s != null && s.contains("timed out"));
            assertCanaryAbsent(cloud.fixture.dir());
        }
    }

    private EmulatedCloud cloud(Path sub, DigitalOceanEmulatorBuilder emu) {
        return new EmulatedCloud(emu.start(), DefinitionFixture.seedScenario(dir.resolve(sub)).token(canary).write());
    }

    private Operations ops(EmulatedCloud cloud) {
        return cloud.operations(EmulatedCloud.FAST, listener);
    }

    /** Keeps the message and the whole stack trace (causes included) of whatever the step throws. */
    private void recordFailure(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            seen.add(e.getMessage());
            seen.add(trace.toString());
        }
    }

    private void assertCanaryAbsent(Path definitionDir) {
        assertThat(seen).as("exception messages, stack traces, progress steps").isNotEmpty()
                .noneMatch(s -> s != null && s.contains(canary));
        for (Path file : writtenFiles(definitionDir)) {
            assertThat(read(file)).as(file.toString()).doesNotContain(canary);
        }
        assertThat(LOG).as("the SLF4J log of this JVM").exists();
        assertThat(read(LOG)).as("the SLF4J log").contains("/v2/").doesNotContain(canary);
    }

    /** Everything under the directory except the security.json the user wrote. */
    private static List<Path> writtenFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> out = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("security.json")).toList();
            assertThat(out).as("files under " + root).anyMatch(f -> f.getFileName().toString().equals("cloud.json"));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
