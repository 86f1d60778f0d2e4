package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that stops right after its create call (its answer lost, as when the process is killed)
 * leaves a journal; the next run, a new process in the same directory, must find the droplets the
 * API lists only later instead of creating them twice.
 */
class CrashAfterCreateIT {
    @TempDir
    Path dir;

    @Test
    void nextRunFindsTheDropletsInsteadOfCreatingDuplicates() {
        var emu = EmulatedCloud.emulator()
                .fault(FaultSpec.parse("drop-reply@droplets:POST=1x"))
                .fault(FaultSpec.parse("stale-after-create:2s@droplets"))
                .start();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, DefinitionFixture.seedScenario(dir).write())) {
            // no time at all to wait for the servers: the run ends right after the lost create
            Operations first = cloud.operations(EmulatedCloud.FAST.withActiveTimeout(Duration.ZERO), ApplyListener.NONE);
            Plan plan = first.planProvision(Set.of());
            assertThat(plan.actionsOf(PlanAction.CreateServer.class)).hasSize(2);
            assertThatThrownBy(() -> first.apply(plan)).isInstanceOf(CloudmakerException.class);
            assertThat(emu.droplets()).as("created, though not yet listed").hasSize(2);
            assertThat(dir.resolve(".cloudmaker")).isDirectory();
            assertThat(journalFiles()).as("journal of the interrupted run").isNotEmpty();

            Operations second = cloud.operations(EmulatedCloud.FAST.withVisibilityGrace(Duration.ofSeconds(10)),
                    ApplyListener.NONE);
            Plan again = second.planProvision(Set.of());
            assertThat(again.actionsOf(PlanAction.CreateServer.class)).as("second plan").isEmpty();
            second.apply(again);

            assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("server1", "server2");
            CloudChecks.assertConverged(emu, cloud.fixture, "after the second run");
        }
    }

    /** Found by the SIGKILL tests: the next run planned the A records of still-booting servers, but not their AAAA. */
    @Test
    void nextRunWritesEveryRecordOfServersStillBooting() {
        var emu = EmulatedCloud.emulator().bootDelay(Duration.ofSeconds(3)).start();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, DefinitionFixture.seedScenario(dir).write())) {
            // the run ends while its servers boot, as when it is killed during the wait
            Operations first = cloud.operations(EmulatedCloud.FAST.withActiveTimeout(Duration.ZERO), ApplyListener.NONE);
            assertThatThrownBy(() -> first.apply(first.planProvision(Set.of()))).isInstanceOf(CloudmakerException.class);

            Operations second = cloud.operations();
            Plan again = second.planProvision(Set.of());
            assertThat(again.actionsOf(PlanAction.CreateRecord.class)).as("records planned while the servers boot")
                    .extracting(PlanAction.CreateRecord::type).containsExactlyInAnyOrder("A", "A", "A", "AAAA", "AAAA", "AAAA");
            second.apply(again);

            CloudChecks.assertConverged(emu, cloud.fixture, "after the second run");
            assertThat(cloud.operations().planProvision(Set.of()).isEmpty()).as("nothing left for a third run").isTrue();
        }
    }

    private java.util.List<Path> journalFiles() {
        try (var files = Files.list(dir.resolve(".cloudmaker"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("journal-")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
