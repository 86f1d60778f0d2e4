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
        return CliRun.against(emu.baseUrl(), dir, ENV, args);
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
        assertThat(inventory.out()).as("names in cloud.json's order").contains("server1", "server1.acme.com,acme.com", "server2.acme.com");
        assertThat(Files.readString(dir.resolve("cloudmaker_inventory.json"))).contains("\"server2.acme.com\"");

        CliRun destroy = cli("destroy", "server2", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(emu.droplets()).extracting(d -> d.name()).containsExactly("server1");
        assertThat(emu.records("acme.com")).noneSatisfy(r -> assertThat(r.name()).isEqualTo("server2"));
    }

    @Test
    void regionDriftIsOnlyReportedUntilReplaceIsAllowed() throws Exception {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        String oldId = emu.droplets().stream().filter(d -> d.name().equals("server2")).findFirst().orElseThrow().id() + "";
        // server2's region is the last "nyc3" in the file
        Files.writeString(dir.resolve("cloud.json"), Fixture.CLOUD.replaceFirst("(?s)(.*)\"nyc3\"", "$1\"ams3\""));

        CliRun drift = cli("plan", "--detailed-exitcode");
        assertThat(drift.exitCode()).as("drift held back is a difference").isEqualTo(2);
        assertThat(drift.out()).contains("server2 must be replaced to change region nyc3 → ams3", "--replace server2",
                "The cloud does not match the definition", "1 server drifted and is left as it is until --replace (server2).");
        assertThat(drift.out()).doesNotContain("No changes.");
        assertThat(cli("plan").exitCode()).isZero();

        emu.resetStats();
        CliRun replace = cli("provision", "--yes", "--replace", "server2");
        assertThat(replace.exitCode()).as(replace.all()).isZero();
        assertThat(replace.out()).contains("-/+ server server2  replace: region nyc3 → ams3", "~ dns      A    server2.acme.com");
        var server2 = emu.droplets().stream().filter(d -> d.name().equals("server2")).toList();
        assertThat(server2).singleElement().satisfies(d -> {
            assertThat(d.region()).isEqualTo("ams3");
            assertThat(d.id() + "").isNotEqualTo(oldId);
            assertThat(emu.records("acme.com")).filteredOn(r -> r.name().equals("server2") && r.type().equals("A"))
                    .singleElement().satisfies(r -> assertThat(r.data()).isEqualTo(d.publicIpv4()));
        });
        assertThat(cli("plan", "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void theTokenNeverAppearsInAnyOutputEvenWhenRejected() throws Exception {
        String canary = "dop_v1_canary_" + Long.toHexString(System.nanoTime());
        Fixture.write(dir, canary);
        emu.rejectToken(canary);
        java.io.ByteArrayOutputStream logs = new java.io.ByteArrayOutputStream();
        java.io.PrintStream realErr = System.err;
        System.setErr(new java.io.PrintStream(logs, true, java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        try {
            for (String[] args : new String[][] {{"plan", "-v"}, {"provision", "--yes", "-v"}, {"inventory", "-v"},
                    {"sizes", "-v"}, {"destroy", "--yes", "-v"}, {"validate", "-v"}}) {
                CliRun run = cli(args);
                seen.append(run.all());
                if (!args[0].equals("validate")) {
                    assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
                    assertThat(run.err()).contains("401", "Unable to authenticate you");
                }
            }
        } finally {
            System.setErr(realErr);
        }
        seen.append(logs.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(seen.toString()).doesNotContain(canary).doesNotContain(canary.substring(8));
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("security.json")).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(canary);
            }
        }
    }

    @Test
    void catalogueCommandsReadTheLiveApi() {
        assertThat(cli("sizes").out()).contains("s-1vcpu-1gb");
        assertThat(cli("regions", "--json").out()).contains("\"slug\" : \"nyc3\"");
        assertThat(cli("images").out()).contains("debian-12-x64");
    }

    @Test
    void aSandboxWithoutSecurityJsonSaysSoWhenItMakesTheFoldersKey() throws Exception {
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Files.copy(dir.resolve("cloud.json"), bare.resolve("cloud.json"));
        CliRun run = CliRun.of(ENV, "--sandbox", "-C", bare.toString(), "provision", "--yes");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("note: there is no security.json naming an SSH key, so cloudmaker made one for this folder");
        assertThat(CliRun.of(ENV, "--sandbox", "-C", bare.toString(), "plan").err()).as("made once").doesNotContain("made one");
    }

    @Test
    void sandboxOptionWorksBeforeOrAfterTheCommandAndKeepsItsState() {
        CliRun before = CliRun.of(ENV, "--sandbox", "-C", dir.toString(), "provision", "--yes");
        assertThat(before.exitCode()).as(before.all()).isZero();
        CliRun after = CliRun.of(ENV, "plan", "-C", dir.toString(), "--sandbox");
        assertThat(after.exitCode()).as(after.all()).isZero();
        assertThat(after.out()).contains("No changes.");
        assertThat(dir.resolve(".cloudmaker/sandbox-digitalocean.json")).exists();
        assertThat(emu.stats().totalRequests()).isZero();
    }

    @Test
    void aSandboxMadeBeforeProvidersHadNamesIsTakenOverWithItsServers() throws Exception {
        assertThat(CliRun.of(ENV, "--sandbox", "-C", dir.toString(), "provision", "--yes").exitCode()).isZero();
        // the state file a sandbox of the single-provider days kept
        Files.move(dir.resolve(".cloudmaker/sandbox-digitalocean.json"), dir.resolve(".cloudmaker/sandbox.json"));

        // a reading command reads the old file and leaves it where it is; the next writer takes it over
        CliRun plan = CliRun.of(ENV, "--sandbox", "-C", dir.toString(), "plan", "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(dir.resolve(".cloudmaker/sandbox.json")).exists();

        CliRun provision = CliRun.of(ENV, "--sandbox", "-C", dir.toString(), "provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(provision.out()).contains("No changes.");
        assertThat(dir.resolve(".cloudmaker/sandbox-digitalocean.json")).exists();
        assertThat(dir.resolve(".cloudmaker/sandbox.json")).doesNotExist();
    }
}
