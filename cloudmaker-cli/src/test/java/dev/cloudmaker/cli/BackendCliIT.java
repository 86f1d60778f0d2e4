package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.api.Project;
import dev.cloudmaker.backend.postgresql.testing.PostgresServer;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.state.WorkspaceBusyException;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.testkit.ssh.EmbeddedSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI with a PostgreSQL backend against the DigitalOcean emulator: two folders of the same definition stand
 * for two machines ({@code a/shop} and {@code b/shop}: the folder's name is the definition's key).
 */
class BackendCliIT {
    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    Path tmp;

    private DigitalOceanEmulator emu;
    private Path a;
    private Path b;
    private String database;
    private Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        emu = DigitalOceanEmulator.builder().start();
        a = Fixture.write(Files.createDirectories(tmp.resolve("a/shop")), "dop_v1_backend");
        b = Fixture.write(Files.createDirectories(tmp.resolve("b/shop")), "dop_v1_backend");
        database = PG.createDatabase("cli" + DATABASES.incrementAndGet());
        env = new HashMap<>(Map.of("PGPASSWORD", PostgresServer.PASSWORD, StateBackend.ENV, PG.url(database, "")));
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void initOnceThenTwoMachinesShareTheHistoryAndTheJournal() throws Exception {
        CliRun init = CliRun.in(a, env, "backend", "init");
        assertThat(init.exitCode()).as(init.all()).isZero();
        assertThat(init.out()).contains("Created cloudmaker's tables");
        assertThat(CliRun.in(a, env, "backend", "init").out()).contains("already has cloudmaker's tables");

        CliRun provisioned = CliRun.against(emu.baseUrl(), a, env, "provision", "--yes");
        assertThat(provisioned.exitCode()).as(provisioned.all()).isZero();
        CliRun again = CliRun.against(emu.baseUrl(), b, env, "provision", "--yes", "-v");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(init.all() + provisioned.all() + again.all()).as("the database password, with -v too")
                .doesNotContain(PostgresServer.PASSWORD);
        assertThat(emu.droplets()).hasSize(2);

        CliRun history = CliRun.in(b, env, "history", "--json");
        assertThat(history.exitCode()).as(history.all()).isZero();
        assertThat(history.out()).contains("\"outcome\" : \"succeeded\"").contains("\"command\" : \"cloudmaker provision\"");
        assertThat(history.out().split("\"outcome\"", -1)).hasSize(3);
        JsonNode runs = Json.MAPPER.readTree(history.out()).get("runs");
        assertThat(runs.get(0).get("plan_summary").asText()).as("b found a's servers").isEqualTo("Plan: 0 to add, 0 to change, 0 to destroy.");
        String firstPlan = runs.get(1).get("plan_summary").asText();
        assertThat(firstPlan).matches("Plan: [1-9][0-9]* to add, 0 to change, 0 to destroy\\.");
        String firstId = runs.get(1).get("id").asText();

        CliRun table = CliRun.in(a, env, "history", "--last", "1");
        assertThat(table.out().lines()).hasSize(2);
        assertThat(table.out()).contains("ID", "PLAN", runs.get(0).get("id").asText(), "0 to add, 0 to change, 0 to destroy.")
                .doesNotContain(firstId);
        CliRun shown = CliRun.in(a, env, "history", "show", firstId);
        assertThat(shown.exitCode()).as(shown.all()).isZero();
        assertThat(shown.out()).contains("Run " + firstId + ": `cloudmaker provision`", "succeeded (exit 0)",
                "cloudmaker will make these changes in namespace default", "server1", firstPlan);
        JsonNode shownJson = Json.MAPPER.readTree(CliRun.in(b, env, "history", "show", firstId, "--json").out()).get("run");
        assertThat(shownJson.get("plan").get("actions").findValuesAsText("action")).contains("create_server", "upload_key");
        CliRun unknown = CliRun.in(b, env, "history", "show", "0000000000");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("the history has no run 0000000000");
        assertThat(Files.exists(a.resolve(".cloudmaker/runs.jsonl"))).isFalse();
        assertThat(Files.exists(a.resolve(".cloudmaker/lock"))).isFalse();
        assertThat(CliRun.in(a, env, "unlock").out()).contains("No run holds the lock");
    }

    @Test
    void aRunOnAnotherMachineHoldingTheLeaseIsNamedWithExit75AndUnlockForceSaysWhoseItBroke() throws Exception {
        assertThat(CliRun.in(a, env, "backend", "init").exitCode()).isZero();
        try (Connection c = PG.connect(database); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO cloudmaker.lease VALUES ('shop', 'default', 7, '{\"user\":\"ann\",\"host\":\"ci-7\",\"pid\":4242,"
                    + "\"command\":\"cloudmaker provision\",\"since\":\"2026-12-04T12:00:00Z\"}', now(), now(), now() + interval '1 hour', NULL)");
        }

        CliRun refused = CliRun.against(emu.baseUrl(), b, env, "provision", "--yes");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(ExitCodes.BUSY);
        assertThat(refused.err()).contains("definition shop (namespace default)").contains("`cloudmaker provision` (pid 4242, ann@ci-7")
                .contains("its lease runs until").contains("Nothing was changed");
        assertThat(emu.droplets()).isEmpty();

        CliRun kept = CliRun.in(b, env, "unlock");
        assertThat(kept.exitCode()).as(kept.all()).isEqualTo(ExitCodes.BUSY);
        CliRun broken = CliRun.in(b, env, "unlock", "--force");
        assertThat(broken.exitCode()).as(broken.all()).isZero();
        assertThat(broken.out()).contains("Removed the lock held by `cloudmaker provision` (pid 4242, ann@ci-7");

        CliRun provisioned = CliRun.against(emu.baseUrl(), b, env, "provision", "--yes");
        assertThat(provisioned.exitCode()).as(provisioned.all()).isZero();
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT epoch FROM cloudmaker.lease")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(9); // 7 broken to 8, then taken as 9
        }
    }

    @Test
    void pushCopiesAFoldersStateSoAnotherMachineSeesItsPinsAndHistory() throws Exception {
        Map<String, String> files = Map.of();
        CliRun local = CliRun.against(emu.baseUrl(), a, files, "provision", "--yes");
        assertThat(local.exitCode()).as(local.all()).isZero();
        SshPublicKey key = SshPublicKey.parse(Fixture.publicKey(3));
        KnownHostsFile.at(a.resolve("known_hosts")).pin("server1", List.of("203.0.113.9"), 2222, key);
        assertThat(CliRun.in(a, env, "backend", "init").exitCode()).isZero();

        CliRun pushed = CliRun.in(a, env, "backend", "push");
        assertThat(pushed.exitCode()).as(pushed.all()).isZero();
        assertThat(pushed.out()).contains("0 pending create(s), 1 pinned host key(s)").contains("1 run(s) of history");

        CliRun history = CliRun.in(b, env, "history");
        assertThat(history.out()).contains("succeeded").contains("cloudmaker provision").contains("cloudmaker backend push");
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT patterns, key_base64 FROM cloudmaker.pin WHERE definition = 'shop' AND server = 'server1'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("server1,[203.0.113.9]:2222");
            assertThat(r.getString(2)).isEqualTo(key.base64());
        }
    }

    /**
     * The pins a folder made are pushed, and another folder on the same definition (another machine) trusts exactly
     * those: the emulator's servers are no machines, so the server pinned is an SSH server on loopback, and the client
     * is OpenSSH given the options `cloudmaker ssh` gives it (from `inventory --format ansible` of the second folder).
     */
    @Test
    void pushThenAnotherFolderConvergesAndItsSshTrustsTheHostKeyTheFirstPinnedAndNoOther() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")), "OpenSSH's client is not installed (apt-get install"
                + " openssh-client); skipping the check that ssh trusts the pushed pins");
        Identity login = IdentityFiles.generate(tmp.resolve("keys/id_login"));
        try (EmbeddedSshServer pinned = EmbeddedSshServer.started(login.publicKey().line());
             EmbeddedSshServer impostor = EmbeddedSshServer.started(login.publicKey().line())) {
            CliRun local = CliRun.against(emu.baseUrl(), a, Map.of(), "provision", "--yes");
            assertThat(local.exitCode()).as(local.all()).isZero();
            KnownHostsFile.at(a.resolve("known_hosts")).pin("server1", List.of(pinned.host()), pinned.port(),
                    SshPublicKey.parse(pinned.hostKeyLine()));
            assertThat(CliRun.in(a, env, "backend", "init").exitCode()).isZero();
            CliRun pushed = CliRun.in(a, env, "backend", "push");
            assertThat(pushed.exitCode()).as(pushed.all()).isZero();

            CliRun converged = CliRun.against(emu.baseUrl(), b, env, "provision", "--yes");
            assertThat(converged.exitCode()).as(converged.all()).isZero();
            assertThat(converged.out()).contains("No changes");
            assertThat(emu.droplets()).hasSize(2);
            CliRun inventory = CliRun.against(emu.baseUrl(), b, env, "inventory", "--format", "ansible");
            assertThat(inventory.exitCode()).as(inventory.all()).isZero();
            String common = Json.MAPPER.readTree(inventory.out()).path("all").path("children").path("cloudmaker_default")
                    .path("hosts").path("server1").path("ansible_ssh_common_args").asText();
            assertThat(common).contains("StrictHostKeyChecking=yes", "HostKeyAlias=server1").doesNotContain(a.toString());
            assertThat(Files.exists(b.resolve("known_hosts"))).as("b keeps no pins of its own").isFalse();

            Process trusted = ssh(common, login, pinned.port(), "echo pinned-ok");
            assertThat(new String(trusted.getInputStream().readAllBytes())).contains("pinned-ok");
            assertThat(trusted.waitFor()).as(new String(trusted.getErrorStream().readAllBytes())).isZero();
            Process refused = ssh(common, login, impostor.port(), "echo impostor");
            assertThat(new String(refused.getInputStream().readAllBytes())).doesNotContain("impostor");
            assertThat(new String(refused.getErrorStream().readAllBytes())).contains("Host key verification failed");
            assertThat(refused.waitFor()).isNotZero();
        }
    }

    private static Process ssh(String commonArgs, Identity login, int port, String command) throws Exception {
        List<String> args = new ArrayList<>(List.of("/usr/bin/ssh", "-F", "/dev/null"));
        args.addAll(List.of(commonArgs.split(" ")));
        args.addAll(List.of("-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=10",
                "-i", login.file().orElseThrow().toString(), "-p", String.valueOf(port), "cloudmaker@127.0.0.1", command));
        return new ProcessBuilder(args).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    @Test
    void theLibraryOpensTheDefinitionOnTheBackendAndHonoursItsLease() throws Exception {
        assertThat(CliRun.in(a, env, "backend", "init").exitCode()).isZero();
        CliRun provisioned = CliRun.against(emu.baseUrl(), a, env, "provision", "--yes");
        assertThat(provisioned.exitCode()).as(provisioned.all()).isZero();
        Map<String, String> libraryEnv = new HashMap<>(env);
        libraryEnv.put("DIGITALOCEAN_API_URL", emu.baseUrl().toString());

        try (Project shop = Project.open(b, libraryEnv, ApplyListener.NONE)) {
            assertThat(shop.plan().isEmpty()).as("b's project sees a's servers").isTrue();
            Plan destroy = shop.planDestroy(List.of("server2"));
            try (Connection c = PG.connect(database); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE cloudmaker.lease SET epoch = epoch + 1, released_at = NULL, expires_at = now() + interval '1 hour',"
                        + " holder = '{\"user\":\"ann\",\"host\":\"ci-7\",\"pid\":4242,\"command\":\"cloudmaker provision\","
                        + "\"since\":\"2026-12-04T12:00:00Z\"}'");
            }
            assertThatThrownBy(() -> shop.apply(destroy)).isInstanceOf(WorkspaceBusyException.class)
                    .hasMessageContaining("`cloudmaker provision` (pid 4242, ann@ci-7");
            assertThat(emu.droplets()).hasSize(2);
            try (Connection c = PG.connect(database); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE cloudmaker.lease SET released_at = now()");
            }
            shop.apply(destroy);
        }
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactly("server1");
        assertThat(Files.exists(b.resolve(".cloudmaker/lock"))).as("the lease was the backend's").isFalse();
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT holder->>'command', released_at IS NOT NULL FROM cloudmaker.lease")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("library apply");
            assertThat(r.getBoolean(2)).as("released after the apply").isTrue();
        }
    }

    @Test
    void aWrongPasswordAnUnreachableServerAMissingOrNewerSchemaEachFailCleanlyWithNothingChanged() throws Exception {
        String wrong = "wrong-pw-canary-5d1e";
        CliRun denied = CliRun.against(emu.baseUrl(), a, Map.of("PGPASSWORD", wrong, StateBackend.ENV, PG.url(database, "")), "provision", "--yes");
        assertThat(denied.exitCode()).as(denied.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(denied.err()).contains("refused the password of user cm");
        assertThat(denied.all()).doesNotContain(wrong);

        CliRun missing = CliRun.against(emu.baseUrl(), a, env, "provision", "--yes");
        assertThat(missing.exitCode()).as(missing.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("run `cloudmaker backend init`");

        CliRun unreachable = CliRun.against(emu.baseUrl(), a, Map.of("PGPASSWORD", PostgresServer.PASSWORD), "--backend",
                "postgresql://cm@127.0.0.1:1/" + database, "provision", "--yes");
        assertThat(unreachable.exitCode()).as(unreachable.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(unreachable.err()).contains("cannot reach PostgreSQL at postgresql://cm@127.0.0.1:1/");

        CliRun badUrl = CliRun.against(emu.baseUrl(), a, Map.of(), "--backend", "mysql://db/x", "provision", "--yes");
        assertThat(badUrl.exitCode()).as(badUrl.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(badUrl.err()).contains("no state backend for \"mysql://\" URLs is installed; this cloudmaker has postgres://, postgresql://");
        CliRun noDatabase = CliRun.against(emu.baseUrl(), a, env, "--backend", "postgresql://cm@127.0.0.1:" + PG.port(), "provision", "--yes");
        assertThat(noDatabase.exitCode()).as(noDatabase.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(noDatabase.err()).contains("cannot be used: it must name one database");

        assertThat(CliRun.in(a, env, "backend", "init").exitCode()).isZero();
        try (Connection c = PG.connect(database); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE cloudmaker.meta SET value = '99' WHERE name = 'schema_version'");
        }
        CliRun newer = CliRun.against(emu.baseUrl(), a, env, "provision", "--yes");
        assertThat(newer.exitCode()).as(newer.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(newer.err()).contains("made by a newer cloudmaker").contains("upgrade cloudmaker");
        assertThat(emu.droplets()).isEmpty();
    }

    @Test
    void theBackendMayBeNamedInCloudJsonAndTheOptionWinsOverIt() throws Exception {
        String cloud = """
                {"backend": "%s", "provider": "digitalocean",
                 "servers": {"web1": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64"}}}
                """.formatted(PG.url(database, ""));
        Files.writeString(a.resolve("cloud.json"), cloud);
        Map<String, String> pw = Map.of("PGPASSWORD", PostgresServer.PASSWORD);
        assertThat(CliRun.in(a, pw, "backend", "init").exitCode()).isZero();
        CliRun provisioned = CliRun.against(emu.baseUrl(), a, pw, "provision", "--yes");
        assertThat(provisioned.exitCode()).as(provisioned.all()).isZero();
        assertThat(CliRun.in(a, pw, "history").out()).contains("cloudmaker provision");
        assertThat(Files.exists(a.resolve(".cloudmaker/runs.jsonl"))).isFalse();

        CliRun elsewhere = CliRun.in(a, pw, "--backend", "postgresql://cm@127.0.0.1:1/none", "history");
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(elsewhere.err()).contains("127.0.0.1:1");
    }
}
