package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A namespace larger than one page (200) is read completely, in as few pages as the API allows. */
class ManyDropletsIT {
    private static final int UNDECLARED = 250;

    @TempDir
    Path dir;

    @Test
    void planSeesEveryUndeclaredDropletReadInTwoPages() {
        try (EmulatedCloud cloud = new EmulatedCloud(EmulatedCloud.emulator().start(),
                DefinitionFixture.seedScenario(dir).write())) {
            List<String> undeclared = IntStream.rangeClosed(1, UNDECLARED).mapToObj(i -> String.format("web-%03d", i)).toList();
            undeclared.forEach(n -> cloud.emu.seedDroplet(n, "nyc3", "s-1vcpu-1gb", "debian-12-x64",
                    List.of(CloudChecks.NAMESPACE_TAG)));
            cloud.emu.resetStats();

            Plan plan = cloud.operations().planProvision(Set.of());

            assertThat(plan.notes()).as("one note names the undeclared servers").hasSize(1);
            undeclared.forEach(n -> assertThat(plan.notes().getFirst()).contains(n + " (id "));
            assertThat(plan.actionsOf(PlanAction.CreateServer.class)).extracting(PlanAction.CreateServer::name)
                    .containsExactlyInAnyOrder("server1", "server2");
            // two pages of the namespace, and, as two servers are still to be made, two of the whole account (a
            // same-named server outside every namespace must not be made twice)
            assertThat(cloud.emu.stats().byEndpoint()).as("requests by endpoint").containsEntry("GET droplets", 4);
        }
    }
}
