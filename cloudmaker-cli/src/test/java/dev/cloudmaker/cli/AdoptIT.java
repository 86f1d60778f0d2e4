package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.digitalocean.EmuRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user of the original cloudmaker: the account holds their untagged droplets and the DNS records the old tool
 * made, and the folder the seed's cloud.json and security.json. Nothing is ever created twice, and the whole
 * account can be listed with security.json alone.
 */
class AdoptIT {
    @TempDir
    Path dir;

    private DigitalOceanEmulator emu;

    @BeforeEach
    void start() throws Exception {
        emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(200)).start();
        Fixture.write(dir, "dop_v1_test");
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    private CliRun cli(String... args) {
        return CliRun.against(emu.baseUrl(), dir, Map.of(), args);
    }

    private CliRun cliIn(Path in, String... args) {
        return CliRun.against(emu.baseUrl(), in, Map.of(), args);
    }

    /** server1 as the old tool left it: an untagged droplet, with its A (and AAAA) records for its two names. */
    private EmuDroplet seedLegacyServer1() {
        long id = emu.seedDroplet("server1", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of());
        EmuDroplet legacy = droplet(id);
        emu.seedDomain("acme.com");
        for (String name : List.of("server1", "@")) {
            emu.seedRecord("acme.com", "A", name, legacy.publicIpv4());
            if (legacy.publicIpv6() != null) {
                emu.seedRecord("acme.com", "AAAA", name, legacy.publicIpv6());
            }
        }
        return legacy;
    }

    private EmuDroplet droplet(long id) {
        return emu.droplets().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void anUntaggedDropletOfADeclaredNameStopsPlanAndProvisionUntilItIsAdoptedWithItsRecords() throws Exception {
        EmuDroplet legacy = seedLegacyServer1();
        List<EmuRecord> legacyRecords = emu.records("acme.com");
        emu.resetStats();

        CliRun plan = cli("plan");
        assertThat(plan.exitCode()).as(plan.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(plan.err()).contains("outside namespace default",
                "server1  id " + legacy.id() + ", region nyc3, address " + legacy.publicIpv4(),
                "`cloudmaker import server1 " + legacy.id() + "`", "--adopt");
        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(emu.droplets()).as("no second server1").hasSize(1);
        assertThat(emu.stats().mutatingRequests()).isZero();

        CliRun shown = cli("plan", "--adopt", "--detailed-exitcode");
        assertThat(shown.exitCode()).as(shown.all()).isEqualTo(ExitCodes.CHANGES_PRESENT);
        assertThat(shown.out()).contains("~ import   server1  id " + legacy.id() + ", nyc3, " + legacy.publicIpv4(),
                "+ server   server2", "Plan: 1 to import, ").doesNotContain("+ server   server1", "server1.acme.com");
        assertThat(emu.stats().mutatingRequests()).isZero();

        CliRun adopted = cli("provision", "--adopt", "--yes");
        assertThat(adopted.exitCode()).as(adopted.all()).isZero();
        assertThat(adopted.out()).contains("Apply complete: 1 imported, ");
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("server1", "server2");
        assertThat(droplet(legacy.id()).tags()).contains("cloudmaker:default");
        assertThat(emu.records("acme.com")).as("server1's records are kept as they were")
                .containsAll(legacyRecords)
                .filteredOn(r -> !r.name().equals("server2")).hasSameSizeAs(legacyRecords);
        assertThat(Files.readString(dir.resolve("cloud.json"))).contains(legacy.publicIpv4());
        assertThat(cli("plan", "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void importingTheServerByItsIdLetsProvisionCreateOnlyWhatIsMissing() {
        EmuDroplet legacy = seedLegacyServer1();

        assertThat(cli("import", "server1", Long.toString(legacy.id())).exitCode()).isZero();
        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("server1", "server2");
    }

    @Test
    void withOnlySecurityJsonInventoryListsTheWholeAccountInTheSeedsFormat() throws Exception {
        EmuDroplet legacy = seedLegacyServer1();
        long other = emu.seedDroplet("build", "ams3", "s-1vcpu-1gb", "debian-12-x64", List.of("cloudmaker:ci"));
        Files.delete(dir.resolve("cloud.json"));

        CliRun inventory = cli("inventory");
        assertThat(inventory.exitCode()).as(inventory.all()).isZero();
        assertThat(inventory.out()).contains("server1", "build", "ci", "server1.acme.com,acme.com");
        JsonNode file = Json.MAPPER.readTree(dir.resolve("cloudmaker_inventory.json").toFile());
        assertThat(file.properties()).extracting(Map.Entry::getKey).containsExactly("build", "server1");
        JsonNode server1 = file.path("server1");
        assertThat(server1.path("names")).extracting(JsonNode::asText).containsExactly("server1.acme.com", "acme.com");
        assertThat(server1.path("region").asText()).isEqualTo("nyc3");
        assertThat(server1.path("public_network_interfaces").path("ipv4").asText()).isEqualTo(legacy.publicIpv4());
        assertThat(server1.path("private_network_interfaces").path("ipv4").asText()).isEqualTo(legacy.privateIpv4());
        assertThat(server1.path("image").asText()).isEqualTo("debian-12-x64");
        assertThat(server1.path("size").asText()).isEqualTo("s-1vcpu-1gb");
        assertThat(server1.path("backups").isBoolean()).isTrue();
        assertThat(server1.path("id").isNumber()).as("a droplet id is a number").isTrue();
        assertThat(server1.path("id").asLong()).isEqualTo(legacy.id());
        assertThat(file.path("build").path("namespace").asText()).isEqualTo("ci");
        assertThat(file.path("build").path("id").asLong()).isEqualTo(other);

        JsonNode json = Json.MAPPER.readTree(cli("inventory", "--json").out());
        assertThat(json.path("scope").asText()).isEqualTo("account");
        assertThat(json.path("servers")).extracting(s -> s.path("name").asText()).containsExactly("build", "server1");
        assertThat(json.path("servers").get(1).path("id")).as("the file's entry, with its name").isEqualTo(server1.path("id"));
    }

    @Test
    void withACloudJsonInventoryIsTheNamespacesInItsOrderAndAllAddsTheRestWithoutRewritingTheFile() throws Exception {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        emu.seedDroplet("build", "ams3", "s-1vcpu-1gb", "debian-12-x64", List.of());

        CliRun namespace = cli("inventory");
        assertThat(namespace.out()).contains("server1.acme.com,acme.com").doesNotContain("build");
        String written = Files.readString(dir.resolve("cloudmaker_inventory.json"));
        assertThat(Json.MAPPER.readTree(written).path("server1").path("id").isNumber()).isTrue();

        CliRun all = cli("inventory", "--all");
        assertThat(all.exitCode()).as(all.all()).isZero();
        assertThat(all.out()).contains("server1", "server2", "build");
        assertThat(Files.readString(dir.resolve("cloudmaker_inventory.json"))).isEqualTo(written);
    }

    @Test
    void aSecondDirectoryInTheSameNamespaceIsToldWhoseServersItSeesAndNotToDeleteThem() throws Exception {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        Path other = Files.createDirectories(dir.resolve("other"));
        Fixture.write(other, "dop_v1_test");
        Files.writeString(other.resolve("cloud.json"), """
                { "web9": { "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64" } }
                """);
        emu.resetStats();

        CliRun plan = cliIn(other, "plan");
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("namespace default holds servers cloud.json does not declare: server1 (id",
                        "another directory's definition also uses namespace default", "own namespace", "+ server   web9")
                .doesNotContain("cloudmaker destroy", "- server");
        assertThat(emu.stats().mutatingRequests()).isZero();

        CliRun terminate = cliIn(other, "terminate", "server1");
        assertThat(terminate.all()).contains("not in cloud.json", "that project's server");
        assertThat(emu.droplets()).hasSize(2);
    }
}
