package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle commands on a Triton datacenter, as a user runs them against the emulator: list and show (no price,
 * since CloudAPI's packages carry none), stop, start, reboot, resize by package, image and recreate, terminate.
 */
class TritonLifecycleCliIT {
    @TempDir
    Path dir;

    private TritonEmulator triton;

    @BeforeEach
    void provision() throws Exception {
        Path sshDir = Files.createDirectories(dir.resolve("keys"));
        Identity key = IdentityFiles.generate(sshDir.resolve("triton_key"));
        triton = TritonEmulator.builder().port(0).account("alice").key("laptop", key.publicKey().line())
                .bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200)).start();
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("cloud.json"), """
                {
                  "namespace": "shop",
                  "providers": { "dc1": { "type": "triton", "url": "%s", "account": "alice" } },
                  "defaults": { "provider": "dc1", "region": "emu-1", "size": "g1.nano", "image": "debian-12" },
                  "roles": { "web": {}, "db": {} },
                  "servers": { "web1": { "role": "web" }, "db1": { "role": "db" } }
                }
                """.formatted(triton.baseUrl()));
        Files.writeString(project.resolve("security.json"), """
                {"providers": {"dc1": {"key_id": "%s", "private_key_file": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(key.publicKey().md5Fingerprint(), key.file().orElseThrow(), Fixture.publicKey(5)));
        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
    }

    @AfterEach
    void stop() {
        triton.close();
    }

    @Test
    void listAndShowGiveThePackageWithoutAPriceCloudApiDoesNotHave() throws Exception {
        CliRun list = cli("list", "--json");
        assertThat(list.exitCode()).as(list.all()).isZero();
        JsonNode servers = Json.MAPPER.readTree(list.out()).get("servers");
        assertThat(servers).hasSize(2).allSatisfy(s -> {
            assertThat(s.get("size").asText()).isEqualTo("g1.nano");
            assertThat(s.get("monthly_cost").isNull()).as(s.toString()).isTrue();
        });

        CliRun show = cli("show", "web1");
        assertThat(show.exitCode()).as(show.all()).isZero();
        assertThat(show.out()).contains("g1.nano").doesNotContain("a month");
        assertThat(cli("sizes").out()).containsPattern("g1\\.nano .* - ");
    }

    @Test
    void stopStartAndRebootWaitForTheMachine() {
        assertThat(cli("stop", "web1", "--wait").exitCode()).isZero();
        assertThat(machine("web1").status()).isEqualTo("stopped");
        assertThat(cli("start", "web1", "--wait").exitCode()).isZero();
        assertThat(machine("web1").status()).isEqualTo("running");
        CliRun reboot = cli("reboot", "db", "--wait");
        assertThat(reboot.exitCode()).as(reboot.all()).isZero();
        assertThat(machine("db1").status()).isEqualTo("running");
    }

    @Test
    void resizeChangesThePackageInPlace() {
        String id = machine("db1").id();
        CliRun resize = cli("resize", "db1", "g1.small", "--wait");
        assertThat(resize.exitCode()).as(resize.all()).isZero();
        assertThat(machine("db1").size()).isEqualTo("g1.small");
        assertThat(machine("db1").id()).isEqualTo(id);
        CliRun plan = cli("plan", "--detailed-exitcode");
        assertThat(plan.exitCode()).as("cloud.json has the new package: " + plan.all()).isZero();
    }

    @Test
    void anImageIsMadeOfAMachineAndTheMachineIsRecreatedFromIt() {
        CliRun image = cli("image", "db1", "--as", "db-golden");
        assertThat(image.exitCode()).as(image.all()).isZero();
        String oldId = machine("db1").id();

        CliRun recreate = cli("recreate", "db1", "--from", "db-golden", "--yes");
        assertThat(recreate.exitCode()).as(recreate.all()).isZero();
        assertThat(machine("db1").id()).isNotEqualTo(oldId);
        assertThat(machine("db1").status()).isEqualTo("running");
    }

    @Test
    void terminateDeletesTheMachine() {
        CliRun terminate = cli("terminate", "web1", "--yes");
        assertThat(terminate.exitCode()).as(terminate.all()).isZero();
        assertThat(triton.account().servers()).filteredOn(s -> !"deleted".equals(s.status()))
                .extracting(EmulatedServer::name).containsExactly("db1");
    }

    private EmulatedServer machine(String name) {
        return triton.account().servers().stream().filter(s -> s.name().equals(name) && !"deleted".equals(s.status()))
                .findFirst().orElseThrow();
    }

    private CliRun cli(String... args) {
        return CliRun.in(dir.resolve("project"), Map.of("HOME", dir.toString()), args);
    }
}
