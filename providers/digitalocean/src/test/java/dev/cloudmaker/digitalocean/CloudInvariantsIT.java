package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanCampaignEmulator;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanCampaignFixture;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.digitalocean.EmuRecord;
import dev.cloudmaker.testkit.AccountSnapshot;
import dev.cloudmaker.testkit.CloudInvariants;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import dev.cloudmaker.testkit.RandomDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaigns' checks pass on a clean provision and name each kind of breakage they are there to find. */
class CloudInvariantsIT {
    private static final DigitalOceanCampaignFixture DO = new DigitalOceanCampaignFixture();

    @TempDir
    Path dir;

    @Test
    void cleanProvisionPassesAndEachBreakageIsNamed() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.in(dir)
                .server(FixtureServer.of("web1", "web1.acme.com", "acme.com"))
                .server(FixtureServer.of("db1", "db1.beta.io"))
                .write();
        RandomDefinition definition = new RandomDefinition(fixture, true, true, DO);
        try (EmulatedCloud cloud = new EmulatedCloud(EmulatedCloud.emulator().start(), fixture)) {
            definition.seedAccount(new DigitalOceanCampaignEmulator(cloud.emu));
            AccountSnapshot before = AccountSnapshot.of(cloud.emu.account(), DO.namespaceTag(fixture.namespace()));
            cloud.provision();
            assertThat(CloudInvariants.violations(cloud.emu.account(), fixture, before)).isEmpty();
            assertThat(cloud.emu.droplets()).filteredOn(d -> d.name().equals("web1") && d.tags().contains("cloudmaker:default"))
                    .singleElement().extracting(EmuDroplet::size).as("resized").isEqualTo(FixtureServer.SIZE);

            // a duplicate server, an orphan record and a broken inventory; the others' record and db1 stay fine
            cloud.emu.seedDroplet("web1", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of("cloudmaker:default"));
            cloud.emu.seedRecord("beta.io", "A", "old", "203.0.113.9");
            EmuRecord legacy = cloud.emu.records("acme.com").stream().filter(r -> r.name().equals("legacy")).findFirst()
                    .orElseThrow();
            EmuDroplet db1 = cloud.emu.droplets().stream().filter(d -> d.name().equals("db1")).findFirst().orElseThrow();
            Files.writeString(fixture.inventoryJson(), "{\"web1\": ");

            assertThat(CloudInvariants.violations(cloud.emu.account(), fixture, before))
                    .anyMatch(v -> v.startsWith("servers in the namespace are [db1, web1, web1]"))
                    .anyMatch(v -> v.startsWith("record A old.beta.io 203.0.113.9 was added though not declared"))
                    .anyMatch(v -> v.startsWith("the inventory (cloudmaker_inventory.json) does not parse"))
                    .noneMatch(v -> v.contains(legacy.data()) || v.contains(db1.publicIpv4()));
        }
    }

    @Test
    void randomDefinitionsAreValidAndReplayFromTheirSeed() {
        for (long seed = 1; seed <= 50; seed++) {
            RandomDefinition a = RandomDefinition.draw(new Random(seed), dir.resolve("a" + seed), DO);
            RandomDefinition b = RandomDefinition.draw(new Random(seed), dir.resolve("b" + seed), DO);
            assertThat(a.toString()).as("seed " + seed).isEqualTo(b.toString());
            assertThat(a.fixture().servers()).as("seed " + seed).isNotEmpty().hasSizeLessThanOrEqualTo(4);
            dev.cloudmaker.core.config.DefinitionLoader.load(a.fixture().cloudJson());
        }
    }
}
