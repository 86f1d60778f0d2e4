package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.api.Project;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.WorkspaceBusyException;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A definition directory driven through the library's {@link Project} as {@code provision} and {@code destroy} drive it. */
class ProjectIT {
    @TempDir
    Path dir;

    @Test
    void aProjectPlansAppliesConvergesAndDestroysUnderTheDirectoryLock() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.in(dir).server(FixtureServer.of("web1")).server(FixtureServer.of("web2")).write();
        try (DigitalOceanEmulator emu = EmulatedCloud.emulator().start()) {
            Map<String, String> env = Map.of("DIGITALOCEAN_API_URL", emu.baseUrl().toString());

            try (Project project = open(env)) {
                Plan plan = project.plan();
                assertThat(plan.isEmpty()).isFalse();
                Map<String, CloudServer> made = project.apply(plan);
                assertThat(made).containsOnlyKeys("web1", "web2");
            }
            assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("web1", "web2");
            assertThat(Files.readString(fixture.cloudJson())).as("networking written back").contains("203.0.113.");
            assertThat(fixture.inventoryJson()).exists();

            try (Project project = open(env)) {
                assertThat(project.plan().isEmpty()).as("a second plan finds nothing to do").isTrue();
                assertThat(project.namespace().servers()).extracting(CloudServer::name).containsExactlyInAnyOrder("web1", "web2");

                Plan destroy = project.planDestroy(List.of());
                try (Lease other = new FileStateStore(new Workspace(dir)).lock("cloudmaker provision", Duration.ZERO, n -> { })) {
                    assertThatThrownBy(() -> project.apply(destroy)).as("another run holds the directory")
                            .isInstanceOf(WorkspaceBusyException.class);
                }
                assertThat(emu.droplets()).hasSize(2);
                project.apply(destroy);
            }
            assertThat(emu.droplets()).isEmpty();
        }
    }

    private Project open(Map<String, String> env) {
        return Project.open(dir, env, ApplyListener.NONE, EmulatedCloud.FAST, UnaryOperator.identity());
    }
}
