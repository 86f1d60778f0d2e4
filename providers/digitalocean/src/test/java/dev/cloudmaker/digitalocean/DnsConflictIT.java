package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.plan.PlanException;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A declared name already pointing at a server cloudmaker does not manage stops the plan before any change. */
class DnsConflictIT {
    @TempDir
    Path dir;

    @Test
    void planFailsNamingTheRecordTheAddressAndItsHolder() {
        try (EmulatedCloud cloud = new EmulatedCloud(EmulatedCloud.emulator().start(),
                DefinitionFixture.seedScenario(dir).write())) {
            var emu = cloud.emu;
            emu.seedDroplet("legacy", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of());
            String legacyIp = emu.droplets().get(0).publicIpv4();
            emu.seedDomain("acme.com");
            emu.seedRecord("acme.com", "A", "server1", legacyIp);
            emu.resetStats();

            assertThatThrownBy(() -> cloud.operations().planProvision(Set.of()))
                    .isInstanceOf(PlanException.class)
                    .hasMessageContaining("server1.acme.com")
                    .hasMessageContaining(legacyIp)
                    .hasMessageContaining("legacy");

            assertThat(emu.stats().mutatingRequests()).as("by endpoint: " + emu.stats().byEndpoint()).isZero();
            assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactly("legacy");
            assertThat(emu.keys()).isEmpty();
        }
    }
}
