package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A declared size that differs from the droplet's is a resize of the same droplet, not a new one. */
class ResizeIT {
    @TempDir
    Path dir;

    @Test
    void resizesTheExistingDropletAndPointsItsNamesAtIt() {
        var emu = EmulatedCloud.emulator().fault(FaultSpec.parse("pending-event@droplet-actions:POST=2x")).start();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, DefinitionFixture.in(dir)
                .server(FixtureServer.of("server1", "server1.acme.com").withSize("s-2vcpu-4gb")).write())) {
            long id = emu.seedDroplet("server1", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of(CloudChecks.NAMESPACE_TAG));

            Operations ops = cloud.operations();
            Plan plan = ops.planProvision(Set.of());
            assertThat(plan.actionsOf(PlanAction.ResizeServer.class)).singleElement()
                    .satisfies(r -> assertThat(r.toSize()).isEqualTo("s-2vcpu-4gb"));
            assertThat(plan.actionsOf(PlanAction.CreateServer.class)).isEmpty();
            ops.apply(plan);

            assertThat(emu.droplets()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(id);
                assertThat(d.size()).isEqualTo("s-2vcpu-4gb");
                assertThat(d.status()).isEqualTo("active");
            });
            CloudChecks.assertRecordsPointAtDroplets(emu, cloud.fixture, "after resize");
            assertThat(cloud.operations().planProvision(Set.of()).actions()).as("plan after resize").isEmpty();
        }
    }

    @Test
    void aNamespaceOnlySeesItsOwnDroplets() {
        var emu = EmulatedCloud.emulator().start();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, DefinitionFixture.in(dir).namespace("staging")
                .server(FixtureServer.of("server1", "server1.staging.acme.com")).write())) {
            emu.seedDroplet("server1", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of(CloudChecks.NAMESPACE_TAG));

            cloud.provision();

            assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactly("server1", "server1");
            assertThat(emu.droplets()).filteredOn(d -> d.tags().contains("cloudmaker:staging")).singleElement()
                    .satisfies(d -> assertThat(emu.records(CloudChecks.ZONE)).anyMatch(
                            r -> r.type().equals("A") && r.name().equals("server1.staging") && r.data().equals(d.publicIpv4())));
            assertThat(cloud.operations().planProvision(Set.of()).actions()).as("second plan in staging").isEmpty();
        }
    }
}
