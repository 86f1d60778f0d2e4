package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's own example, on today's slugs: provision, what it writes, and that a second run changes nothing. */
class ProvisionSeedScenarioIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private EmulatedCloud cloud;

    @BeforeEach
    void start() {
        cloud = new EmulatedCloud(EmulatedCloud.emulator().start(), DefinitionFixture.seedScenario(dir).write());
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void provisionsServersKeyDomainAndRecords() {
        cloud.provision();

        CloudChecks.assertConverged(cloud.emu, cloud.fixture, "after provision");
        assertThat(cloud.emu.droplets()).extracting(EmuDroplet::status).containsOnly("active");
        assertThat(cloud.emu.keys().get(0).publicKey()).isEqualTo(cloud.fixture.publicKeyLine());
        assertThat(cloud.emu.domains()).containsExactly(CloudChecks.ZONE);
        assertThat(CloudChecks.addressRecords(cloud.emu)).hasSize(6);
    }

    @Test
    void writesNetworkingBackIntoCloudJsonWhichStillLoads() throws Exception {
        cloud.provision();

        JsonNode written = JSON.readTree(cloud.fixture.cloudJson().toFile());
        for (EmuDroplet d : cloud.emu.droplets()) {
            JsonNode server = written.path(d.name());
            assertThat(server.path("public_network_interfaces").path("ipv4").asText()).as(d.name()).isEqualTo(d.publicIpv4());
            assertThat(server.path("public_network_interfaces").path("ipv6").asText()).as(d.name()).isEqualTo(d.publicIpv6());
            assertThat(server.path("private_network_interfaces").path("ipv4").asText()).as(d.name()).isEqualTo(d.privateIpv4());
            assertThat(server.path("names").size()).isPositive();
        }
        assertThat(DefinitionLoader.load(cloud.fixture.cloudJson()).servers()).hasSize(2);
    }

    @Test
    void writesTheInventoryWithEachServersNames() throws Exception {
        cloud.provision();

        JsonNode inventory = JSON.readTree(cloud.fixture.inventoryJson().toFile());
        Map<String, EmuDroplet> droplets = CloudChecks.dropletsByName(cloud.emu);
        assertThat(inventory.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("server1", "server2");
        assertThat(names(inventory.path("server1"))).containsExactlyInAnyOrder("server1.acme.com", "acme.com");
        assertThat(names(inventory.path("server2"))).containsExactly("server2.acme.com");
        assertThat(inventory.path("server1").path("public_network_interfaces").path("ipv4").asText())
                .isEqualTo(droplets.get("server1").publicIpv4());
        assertThat(inventory.path("server2").path("region").asText()).isEqualTo("nyc3");
    }

    @Test
    void secondRunPlansNothingAndMakesNoChangingCalls() {
        cloud.provision();

        cloud.emu.resetStats();
        Operations again = cloud.operations();
        Plan plan = again.planProvision(Set.of());
        again.apply(plan);

        EmulatorStats stats = cloud.emu.stats();
        assertThat(plan.actions()).as("second plan").isEmpty();
        assertThat(stats.mutatingRequests()).as("mutating calls; by endpoint: " + stats.byEndpoint()).isZero();
        assertThat(stats.totalRequests()).as("requests; by endpoint: " + stats.byEndpoint()).isLessThanOrEqualTo(10);
        CloudChecks.assertConverged(cloud.emu, cloud.fixture, "after the second run");
    }

    private static java.util.List<String> names(JsonNode server) {
        java.util.List<String> out = new java.util.ArrayList<>();
        server.path("names").forEach(n -> out.add(n.asText()));
        return out;
    }
}
