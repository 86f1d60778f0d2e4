package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Destroying the declared servers removes them and every record pointing at them, and nothing else. */
class DestroyIT {
    @TempDir
    Path dir;

    @Test
    void destroyRemovesDropletsAndTheirRecordsButKeepsTheDomain() {
        try (EmulatedCloud cloud = new EmulatedCloud(EmulatedCloud.emulator().start(),
                DefinitionFixture.seedScenario(dir).write())) {
            cloud.provision();

            Operations ops = cloud.operations();
            Plan plan = ops.planDestroy(List.of());
            assertThat(plan.actionsOf(PlanAction.DeleteServer.class)).hasSize(2);
            assertThat(plan.actionsOf(PlanAction.DeleteRecord.class)).hasSize(6);
            ops.apply(plan);

            assertThat(cloud.emu.droplets()).isEmpty();
            assertThat(CloudChecks.addressRecords(cloud.emu)).isEmpty();
            assertThat(cloud.emu.domains()).containsExactly(CloudChecks.ZONE);
            assertThat(cloud.emu.records(CloudChecks.ZONE)).as("the zone's own SOA and NS records").isNotEmpty();

            Plan again = cloud.operations().planDestroy(List.of());
            assertThat(again.actions()).as("second destroy plan").isEmpty();
        }
    }
}
