package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Picking servers by name and role, the Ansible inventory, and what exec, ssh and rsync do with an
 * emulator's servers (whose documentation addresses must never be dialled). One provisioned
 * namespace serves every test; none of them changes it.
 */
class ReachEmulatorIT {
    @TempDir
    static Path dir;

    private static DigitalOceanEmulator emu;

    @BeforeAll
    static void provision() throws Exception {
        emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(100)).start();
        OpsFixture.write(dir);
        CliRun run = cli("provision", "--yes");
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    @Test
    void theAnsibleInventoryGroupsServersByNamespaceAndRoleWithHowToReachThem() throws Exception {
        CliRun run = cli("inventory", "--format", "ansible");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode groups = new ObjectMapper().readTree(run.out()).path("all").path("children");
        assertThat(names(groups)).containsExactlyInAnyOrder("cloudmaker_ops", "web", "db");
        assertThat(names(groups.path("web").path("hosts"))).containsExactlyInAnyOrder("web1", "web2");
        assertThat(names(groups.path("db").path("hosts"))).containsExactly("db1");
        JsonNode web1 = groups.path("cloudmaker_ops").path("hosts").path("web1");
        assertThat(web1.path("ansible_host").asText()).isEqualTo(address("web1"));
        assertThat(web1.path("ansible_user").asText()).isEqualTo("cloudmaker");
        assertThat(web1.path("ansible_port").asInt()).isEqualTo(22);
        assertThat(web1.path("ansible_ssh_private_key_file").asText()).isEqualTo(dir.resolve("id_ops").toAbsolutePath().toString());
        assertThat(web1.path("ansible_ssh_common_args").asText()).isEqualTo("-o UserKnownHostsFile=" + dir.toAbsolutePath().resolve("known_hosts")
                + " -o StrictHostKeyChecking=yes -o HostKeyAlias=web1");
    }

    @Test
    void ansibleReadsTheInventory() throws Exception {
        assumeTrue(SystemClient.onPath("ansible-inventory", Map.of()), "ansible-inventory is not installed (apt-get install ansible); skipping the check that Ansible reads the inventory");
        Path hosts = dir.resolve("hosts.json");
        Files.writeString(hosts, cli("inventory", "--format", "ansible").out());

        Process p = new ProcessBuilder("ansible-inventory", "-i", hosts.toString(), "--list")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ansible-inventory finished").isTrue();

        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).as("no warnings about the inventory").doesNotContain("WARNING");
        JsonNode list = new ObjectMapper().readTree(out);
        assertThat(list.path("all").path("children").toString()).contains("cloudmaker_ops", "web", "db");
        assertThat(list.path("web").path("hosts")).extracting(JsonNode::asText).containsExactlyInAnyOrder("web1", "web2");
        assertThat(list.path("db").path("hosts")).extracting(JsonNode::asText).containsExactly("db1");
        assertThat(list.path("cloudmaker_ops").path("hosts")).extracting(JsonNode::asText).containsExactlyInAnyOrder("web1", "web2", "db1");
        JsonNode db1 = list.path("_meta").path("hostvars").path("db1");
        assertThat(db1.path("ansible_host").asText()).isEqualTo(address("db1"));
        assertThat(db1.path("ansible_ssh_common_args").asText()).contains("HostKeyAlias=db1");
    }

    @Test
    void serversAreChosenByNameOrByARoleOnlyOneServerPlays() {
        CliRun ambiguous = cli("ssh", "web");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(ambiguous.err()).contains("role web has 2 servers (web1, web2): name one of them");

        CliRun unknown = cli("exec", "mail", "--", "true");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("no server or role \"mail\" in namespace ops; servers: web1, web2, db1; roles: db (db1), web (web1, web2)");

        CliRun byRole = cli("ssh", "db", "--", "true");
        assertThat(byRole.err()).as("db is db1, whose address is an emulator's").contains("db1: refusing to connect to " + address("db1"));
    }

    @Test
    void execReportsEveryServerItCouldNotReachAndExitsWithTheWorstCode() {
        CliRun run = cli("exec", "--role", "web", "--", "uptime");

        assertThat(run.exitCode()).isEqualTo(255);
        assertThat(run.err()).contains("web1: not run: refusing to connect to " + address("web1") + ", an address reserved for documentation",
                "web2: not run: refusing to connect to " + address("web2")).doesNotContain("db1");
    }

    @Test
    void execWithoutACommandOrServersIsAUsageError() {
        CliRun noDash = cli("exec", "--all", "uptime");
        assertThat(noDash.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDash.err()).contains("put the command after --, e.g. cloudmaker exec --all -- uptime");

        CliRun noServers = cli("exec", "--", "uptime");
        assertThat(noServers.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noServers.err()).contains("name the servers, or use --role ROLE or --all");
    }

    @Test
    void copyCommandsWantAPathOnTheServerAndTakeTheirOwnOptionsAfterTheName() {
        CliRun noRemote = cli("rsync", "web1", "-av", "a", "b");
        assertThat(noRemote.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noRemote.err()).contains("no path on the server: write it with a leading ':' and no host, e.g. cloudmaker rsync web1 -av ~/stuff :dest");

        // -C and -v after the name are rsync's, not cloudmaker's: the run gets as far as the address check
        CliRun rsync = cli("rsync", "web1", "-avC", "-v", "a", ":b");
        assertThat(rsync.err()).contains("web1: refusing to connect to " + address("web1"));
        CliRun scp = cli("scp", "web2", "-r", ":/etc", "here");
        assertThat(scp.err()).contains("web2: refusing to connect to " + address("web2"));
    }

    private static String address(String name) {
        return emu.droplets().stream().filter(d -> d.name().equals(name)).findFirst().map(EmuDroplet::publicIpv4).orElseThrow();
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static CliRun cli(String... args) {
        return CliRun.against(emu.baseUrl(), dir, Map.of(), args);
    }
}
