package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
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
 * Commands that change servers, against the emulator, on {@link LifecycleIT}'s three servers in two roles:
 * many servers by role or all, a disk that cannot shrink, and the inventory kept current after each.
 */
class ServerChangesIT {
    @TempDir
    Path dir;

    private DigitalOceanEmulator emu;

    @BeforeEach
    void provision() throws Exception {
        emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200)).start();
        Fixture.write(dir, "dop_v1_test");
        Files.writeString(dir.resolve("cloud.json"), LifecycleIT.CLOUD);
        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    private CliRun cli(String... args) {
        return CliRun.against(emu.baseUrl(), dir, Map.of(), args);
    }

    private EmuDroplet droplet(String name) {
        return emu.droplets().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private JsonNode inventory() throws Exception {
        return Json.MAPPER.readTree(dir.resolve("cloudmaker_inventory.json").toFile());
    }

    @Test
    void startStopRebootAndTerminateTakeARoleOrAll() {
        CliRun byRole = cli("stop", "--role", "web", "--wait");
        assertThat(byRole.exitCode()).as(byRole.all()).isZero();
        assertThat(byRole.out()).contains("web1: off after", "web2: off after").doesNotContain("db1");
        assertThat(droplet("web1").status()).isEqualTo("off");
        assertThat(droplet("web2").status()).isEqualTo("off");
        assertThat(droplet("db1").status()).isEqualTo("active");

        CliRun all = cli("start", "--all", "--wait");
        assertThat(all.exitCode()).as(all.all()).isZero();
        assertThat(all.out()).contains("web1: active after", "web2: active after", "db1: already active");
        assertThat(emu.droplets()).allSatisfy(d -> assertThat(d.status()).isEqualTo("active"));

        CliRun reboot = cli("reboot", "--role", "db", "web2", "--wait");
        assertThat(reboot.exitCode()).as(reboot.all()).isZero();
        assertThat(reboot.out()).contains("db1: active after", "web2: active after").doesNotContain("web1");

        CliRun none = cli("stop");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("name the servers, or use --role ROLE or --all");
        CliRun both = cli("stop", "--all", "web1");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun noSuchRole = cli("reboot", "--role", "mail");
        assertThat(noSuchRole.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(noSuchRole.err()).contains("no server plays role mail");

        CliRun unasked = cli("terminate", "--role", "web");
        assertThat(unasked.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unasked.out()).contains("- server   web1", "- server   web2").doesNotContain("- server   db1");
        assertThat(unasked.err()).contains("Nothing deleted", "--yes");
        assertThat(emu.droplets()).hasSize(3);

        CliRun terminate = cli("terminate", "--role", "web", "--yes");
        assertThat(terminate.exitCode()).as(terminate.all()).isZero();
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactly("db1");
        CliRun everything = cli("terminate", "--all", "--yes");
        assertThat(everything.exitCode()).as(everything.all()).isZero();
        assertThat(emu.droplets()).isEmpty();
    }

    @Test
    void aSizeWithASmallerDiskIsRefusedBeforeAnythingChanges() throws Exception {
        emu.resetStats();
        CliRun resize = cli("resize", "db1", "s-1vcpu-512mb-10gb");
        assertThat(resize.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(resize.err()).contains("db1 cannot be resized to s-1vcpu-512mb-10gb: its disk is 25 GB and s-1vcpu-512mb-10gb has a 10 GB disk");
        assertThat(emu.stats().mutatingRequests()).isZero();
        assertThat(droplet("db1").status()).isEqualTo("active");

        // up and back again: CPU and memory only, so the disk stays 25 GB and the way back is open
        assertThat(cli("resize", "db1", "s-2vcpu-4gb", "--wait").exitCode()).isZero();
        CliRun back = cli("resize", "db1", "s-1vcpu-1gb", "--wait");
        assertThat(back.exitCode()).as(back.all()).isZero();
        assertThat(droplet("db1").size()).isEqualTo("s-1vcpu-1gb");

        Files.writeString(dir.resolve("cloud.json"), Files.readString(dir.resolve("cloud.json"))
                .replace("\"web2\": { \"role\": \"web\"", "\"web2\": { \"role\": \"web\", \"size\": \"s-1vcpu-512mb-10gb\""));
        CliRun plan = cli("plan");
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(plan.err()).contains("web2 cannot be resized to s-1vcpu-512mb-10gb: its disk is 25 GB");
        emu.resetStats();
        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(provision.err()).contains("a disk cannot shrink");
        assertThat(emu.stats().mutatingRequests()).isZero();
        assertThat(droplet("web2").size()).isEqualTo("s-1vcpu-1gb");
    }

    @Test
    void everyCommandThatChangesAServerWritesTheInventoryAgain() throws Exception {
        assertThat(inventory().at("/web1/status").asText()).isEqualTo("active");

        assertThat(cli("stop", "web1", "--wait").exitCode()).isZero();
        assertThat(inventory().at("/web1/status").asText()).isEqualTo("off");
        assertThat(cli("start", "web1", "--wait").exitCode()).isZero();
        assertThat(inventory().at("/web1/status").asText()).isEqualTo("active");

        assertThat(cli("resize", "db1", "s-2vcpu-4gb", "--wait").exitCode()).isZero();
        assertThat(inventory().at("/db1/size").asText()).isEqualTo("s-2vcpu-4gb");

        long legacy = emu.seedDroplet("legacy", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of());
        assertThat(cli("import", "legacy", Long.toString(legacy)).exitCode()).isZero();
        assertThat(inventory().at("/legacy/id").asText()).isEqualTo(Long.toString(legacy));

        assertThat(cli("stop", "--all", "--wait").exitCode()).isZero();
        JsonNode stopped = inventory();
        assertThat(List.of("web1", "web2", "db1", "legacy")).allSatisfy(n -> assertThat(stopped.at("/" + n + "/status").asText()).isEqualTo("off"));

        assertThat(cli("image", "web2", "--as", "web-golden").exitCode()).isZero();
        assertThat(cli("terminate", "legacy", "--yes").exitCode()).isZero();
        assertThat(inventory().has("legacy")).isFalse();
    }

    @Test
    void anImageNameIsUsedOnceImagesAreListedAndDeletedAndRecreateSaysWhichItTook() throws Exception {
        long theirs = emu.seedDroplet("theirs", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of("cloudmaker:staging"));
        CliRun staging = cli("-n", "staging", "image", "theirs", "--as", "golden");
        assertThat(staging.exitCode()).as(staging.all()).isZero();
        CliRun first = cli("image", "db1", "--as", "golden");
        assertThat(first.exitCode()).as("another namespace's name is no clash: " + first.all()).isZero();
        String firstId = ownImage("golden").get("id").asText();

        emu.resetStats();
        CliRun twice = cli("image", "db1", "--as", "golden");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(twice.err()).contains("namespace default already has an image named golden (id " + firstId,
                "--replace", "cloudmaker image delete golden");
        assertThat(emu.stats().mutatingRequests()).as("refused before db1 is stopped").isZero();

        CliRun table = cli("images", "--mine");
        assertThat(table.exitCode()).as(table.all()).isZero();
        assertThat(table.out()).contains("PROVIDER", "MADE FROM", "CREATED")
                .containsPattern("digitalocean +" + firstId + " +golden +default +db1 \\(id " + droplet("db1").id() + "\\) +2\\.00 GB +20\\d\\d-")
                .contains("cloudmaker:staging:golden", "theirs (id " + theirs + ")");
        JsonNode mine = ownImage("golden");
        assertThat(mine.get("namespace").asText()).isEqualTo("default");
        assertThat(mine.get("source_server_id").asText()).isEqualTo(Long.toString(droplet("db1").id()));
        assertThat(mine.get("size_gb").asDouble()).isEqualTo(2.0);
        assertThat(mine.get("created_at").asText()).isNotBlank();

        CliRun replace = cli("image", "db1", "--as", "golden", "--replace");
        assertThat(replace.exitCode()).as(replace.all()).isZero();
        assertThat(replace.out()).contains("It replaces image golden (id " + firstId + "), now deleted.");
        String secondId = ownImage("golden").get("id").asText();
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(images()).extracting(i -> i.get("name").asText()).containsExactlyInAnyOrder("cloudmaker:staging:golden", "golden");

        CliRun recreate = cli("recreate", "db1", "--from", "golden", "--yes");
        assertThat(recreate.exitCode()).as(recreate.all()).isZero();
        assertThat(recreate.out()).contains("From image golden (id " + secondId + ", made ");
        assertThat(droplet("db1").image()).isEqualTo(secondId);
        CliRun fromPublic = cli("recreate", "web2", "--from", "debian-12-x64", "--yes");
        assertThat(fromPublic.exitCode()).as(fromPublic.all()).isZero();
        assertThat(fromPublic.out()).containsPattern("From public image debian-12-x64 \\(id \\d+\\)\\.");

        String stagingId = images().stream().filter(i -> i.get("namespace").asText().equals("staging")).findFirst().orElseThrow()
                .get("id").asText();
        CliRun notOurs = cli("image", "delete", stagingId);
        assertThat(notOurs.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(notOurs.err()).contains("image " + stagingId + " (cloudmaker:staging:golden) was not made in namespace default");

        CliRun delete = cli("image", "delete", "golden");
        assertThat(delete.exitCode()).as(delete.all()).isZero();
        assertThat(delete.out()).contains("Deleted image golden (id " + secondId + ").");
        assertThat(images()).extracting(i -> i.get("name").asText()).containsExactly("cloudmaker:staging:golden");
        CliRun again = cli("image", "delete", "golden");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(again.err()).contains("namespace default has no image named golden or with that id (it has none)");

        CliRun noServer = cli("image");
        assertThat(noServer.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noServer.err()).contains("cloudmaker image SERVER", "cloudmaker image delete NAME|ID");
    }

    private List<JsonNode> images() throws Exception {
        CliRun run = cli("images", "--mine", "--json");
        assertThat(run.exitCode()).as(run.all()).isZero();
        List<JsonNode> out = new java.util.ArrayList<>();
        Json.MAPPER.readTree(run.out()).get("images").forEach(out::add);
        return out;
    }

    private JsonNode ownImage(String name) throws Exception {
        return images().stream().filter(i -> i.get("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
