package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.OpenApiContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request the provider sends while provisioning, re-running and destroying the seed scenario,
 * and every answer, conforms to DigitalOcean's published OpenAPI description.
 */
class ClientContractIT {
    @TempDir
    Path dir;

    @Test
    void provisionAndDestroyExchangesConformToTheOpenApiDescription() {
        OpenApiContract contract = OpenApiContract.digitalOcean();
        try (EmulatedCloud cloud = new EmulatedCloud(EmulatedCloud.emulator().recordExchanges(true).start(),
                DefinitionFixture.seedScenario(dir).write())) {
            cloud.provision();
            cloud.provision();
            Operations ops = cloud.operations();
            ops.apply(ops.planDestroy(List.of()));

            contract.assertConforms(cloud.emu.exchanges());
        }
    }
}
