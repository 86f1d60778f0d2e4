package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fault campaign (seed 190): a resize cut off after the power-off left the server off
 * for good, because the next run saw an off server (as if the user had stopped it) and the one after
 * saw the new size and nothing to do. A running server is now tagged before the power-off, and the
 * run that finds the tag finishes the resize and powers the server on again.
 */
class InterruptedResizeIT {
    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    @Test
    void aResizeCutOffAfterThePowerOffEndsWithTheServerRunning() {
        // the first two droplet actions (power_off, then resize) are carried out, but their answers come too late
        var emu = EmulatedCloud.emulator().fault(FaultSpec.parse("slow:1500ms@droplet-actions:POST=2x")).start();
        DefinitionFixture fixture = DefinitionFixture.in(dir).server(FixtureServer.of("web1")).write();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, fixture)) {
            emu.seedDroplet("web1", FixtureServer.REGION, "s-1vcpu-512mb-10gb", FixtureServer.IMAGE,
                    java.util.List.of(CloudChecks.NAMESPACE_TAG));

            assertThatThrownBy(() -> provision(cloud)).as("cut off after power_off").isInstanceOf(CloudmakerException.class);
            assertThat(web1(emu).status()).isEqualTo("off");
            assertThat(web1(emu).tags()).contains("cloudmaker:powered_off_for_resize");
            assertThatThrownBy(() -> provision(cloud)).as("cut off after resize").isInstanceOf(CloudmakerException.class);
            assertThat(web1(emu).size()).isEqualTo(FixtureServer.SIZE);

            Operations third = operations(cloud);
            Plan plan = third.planProvision(Set.of());
            assertThat(plan.actionsOf(PlanAction.ResizeServer.class)).as("finish the interrupted resize")
                    .singleElement().satisfies(r -> assertThat(r.fromSize()).isEqualTo(r.toSize()));
            third.apply(plan);

            assertThat(web1(emu).status()).isEqualTo("active");
            assertThat(web1(emu).tags()).containsExactly(CloudChecks.NAMESPACE_TAG);
            assertThat(operations(cloud).planProvision(Set.of()).isEmpty()).as("nothing left to do").isTrue();
        }
    }

    @Test
    void aServerTheUserStoppedIsResizedAndLeftOff() {
        var emu = EmulatedCloud.emulator().start();
        DefinitionFixture fixture = DefinitionFixture.in(dir).server(FixtureServer.of("web1")).write();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, fixture)) {
            long id = emu.seedDroplet("web1", FixtureServer.REGION, "s-1vcpu-512mb-10gb", FixtureServer.IMAGE,
                    java.util.List.of(CloudChecks.NAMESPACE_TAG));
            var token = TestSettings.token(fixture.securityJson(), fixture.cloudJson());
            try (var provider = new DigitalOceanProviderFactory().create(
                    TestSettings.of(emu.baseUrl(), token, Duration.ofSeconds(10)))) {
                provider.servers().power(Long.toString(id), dev.cloudmaker.core.spi.PowerAction.STOP, Duration.ofSeconds(10));
            }
            provision(cloud);
            assertThat(web1(emu).size()).isEqualTo(FixtureServer.SIZE);
            assertThat(web1(emu).status()).isEqualTo("off");
            assertThat(web1(emu).tags()).containsExactly(CloudChecks.NAMESPACE_TAG);
        }
    }

    @Test
    void aLibraryResizeCutOffAfterThePowerOffIsFinishedByTheNextProvision() {
        // the power_off is carried out, but its answer comes after the client gave up
        var emu = EmulatedCloud.emulator().fault(FaultSpec.parse("slow:1500ms@droplet-actions:POST=1x")).start();
        DefinitionFixture fixture = DefinitionFixture.in(dir).server(FixtureServer.of("web1")).write();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, fixture)) {
            emu.seedDroplet("web1", FixtureServer.REGION, "s-1vcpu-512mb-10gb", FixtureServer.IMAGE,
                    java.util.List.of(CloudChecks.NAMESPACE_TAG));
            var token = TestSettings.token(fixture.securityJson(), fixture.cloudJson());
            try (var provider = new DigitalOceanProviderFactory().create(
                    TestSettings.of(emu.baseUrl(), token, READ_TIMEOUT))) {
                var namespace = dev.cloudmaker.api.Cloud.of(provider).namespace("default");
                var server = namespace.require("web1");
                assertThatThrownBy(() -> namespace.resize(server, FixtureServer.SIZE, Duration.ofSeconds(10)))
                        .isInstanceOf(CloudmakerException.class);
            }
            assertThat(web1(emu).status()).isEqualTo("off");
            assertThat(web1(emu).tags()).contains("cloudmaker:powered_off_for_resize");

            provision(cloud);

            assertThat(web1(emu).size()).isEqualTo(FixtureServer.SIZE);
            assertThat(web1(emu).status()).isEqualTo("active");
            assertThat(web1(emu).tags()).containsExactly(CloudChecks.NAMESPACE_TAG);
        }
    }

    private static void provision(EmulatedCloud cloud) {
        Operations ops = operations(cloud);
        ops.apply(ops.planProvision(Set.of()));
    }

    private static Operations operations(EmulatedCloud cloud) {
        return cloud.operations(EmulatedCloud.FAST, ApplyListener.NONE, READ_TIMEOUT,
                new RetrySettings(Duration.ofSeconds(1), Duration.ofMillis(20), Duration.ofMillis(200), 3, Duration.ofSeconds(5)));
    }

    private static EmuDroplet web1(dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator emu) {
        return emu.droplets().stream().filter(d -> d.name().equals("web1")).findFirst().orElseThrow();
    }
}
