package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, in-process, against the emulator on loopback. */
class CliIT {
    private static final Map<String, String> ENV = Map.of();

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
        String[] full = new String[args.length + 4];
        full[0] = "-C";
        full[1] = dir.toString();
        full[2] = "--api-url";
        full[3] = emu.baseUrl().toString();
        System.arraycopy(args, 0, full, 4, args.length);
        return CliRun.of(ENV, full);
    }

    @Test
    void planShowsChangesThenProvisionAppliesThemAndARerunChangesNothing() {
        CliRun plan = cli("plan", "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.all()).isEqualTo(ExitCodes.CHANGES_PRESENT);
        assertThat(plan.out()).contains("+ server   server1", "+ domain   acme.com", "A    acme.com → server1 (known after apply)",
                "Plan: 10 to add, 0 to change, 0 to destroy.");
        assertThat(emu.stats().mutatingRequests()).isZero();

        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(provision.out()).contains("Apply complete: 10 added");
        assertThat(emu.droplets()).hasSize(2);

        emu.resetStats();
        CliRun again = cli("provision");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(emu.stats().mutatingRequests()).isZero();
        assertThat(cli("plan", "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void provisionWithoutAnAnswerChangesNothing() {
        CliRun run = cli("provision");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("Not applied", "--yes");
        assertThat(emu.stats().mutatingRequests()).isZero();
    }

    @Test
    void aSavedPlanIsAppliedOnlyWhileItStillMatches() throws Exception {
        assertThat(cli("plan", "--out", "tf.plan").exitCode()).isZero();
        Files.writeString(dir.resolve("cloud.json"), Fixture.CLOUD.replace("server2.acme.com", "www.acme.com"));
        CliRun stale = cli("provision", "tf.plan");
        assertThat(stale.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(stale.err()).contains("changed since tf.plan was saved");
        assertThat(emu.stats().mutatingRequests()).isZero();

        assertThat(cli("plan", "--out", "tf.plan").exitCode()).isZero();
        CliRun applied = cli("provision", "tf.plan");
        assertThat(applied.exitCode()).as(applied.all()).isZero();
        assertThat(emu.records("acme.com")).anySatisfy(r -> assertThat(r.name()).isEqualTo("www"));
    }

    @Test
    void inventoryAndDestroy() throws Exception {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        CliRun inventory = cli("inventory");
        assertThat(inventory.out()).contains("server1", "acme.com,server1.acme.com", "server2.acme.com");
        assertThat(Files.readString(dir.resolve("cloudmaker_inventory.json"))).contains("\"server2.acme.com\"");

        CliRun destroy = cli("destroy", "server2", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(emu.droplets()).extracting(d -> d.name()).containsExactly("server1");
        assertThat(emu.records("acme.com")).noneSatisfy(r -> assertThat(r.name()).isEqualTo("server2"));
    }

    @Test
    void catalogueCommandsReadTheLiveApi() {
        assertThat(cli("sizes").out()).contains("s-1vcpu-1gb");
        assertThat(cli("regions", "--json").out()).contains("\"slug\" : \"nyc3\"");
        assertThat(cli("images").out()).contains("debian-12-x64");
    }

    @Test
    void sandboxOptionWorksBeforeOrAfterTheCommandAndKeepsItsState() {
        CliRun before = CliRun.of(ENV, "--sandbox", "-C", dir.toString(), "provision", "--yes");
        assertThat(before.exitCode()).as(before.all()).isZero();
        CliRun after = CliRun.of(ENV, "plan", "-C", dir.toString(), "--sandbox");
        assertThat(after.exitCode()).as(after.all()).isZero();
        assertThat(after.out()).contains("No changes.");
        assertThat(dir.resolve(".cloudmaker/sandbox.json")).exists();
        assertThat(emu.stats().totalRequests()).isZero();
    }
}
