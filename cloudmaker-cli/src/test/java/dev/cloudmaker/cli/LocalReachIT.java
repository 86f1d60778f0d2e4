package dev.cloudmaker.cli;

import static dev.cloudmaker.cli.MachineShell.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reaching real local machines: exec on both at once, ssh, rsync and scp round trips, Ansible through
 * {@code inventory --format ansible}, keys kept in authorized_keys (an added key logs in with the
 * system's ssh, a removed one no longer does, the definition's key always does), a machine made outside
 * the namespace imported and terminated; then destroy without a trace. The README's local example with the
 * roles' configuration-management runs left out (they are LocalBootstrapIT's subject and take minutes).
 * Needs root on Linux, ssh, ssh-keygen and rsync on the host; skips otherwise.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalReachIT {
    private static final String NAMESPACE = "reach-it";
    private static final String BRIDGE = "cmex0";
    private static final String SUBNET_PREFIX = "10.213.246.";
    private static final String IMAGE = "reach-it-db";
    private static final Path MACHINES = Path.of("/var/lib/cloudmaker/local/machines");
    private static final Path KEYS = Path.of("/var/lib/cloudmaker/local/keys");
    private static Path dir;
    private static Map<String, String> env;
    private static List<String> machineIds = List.of();

    @BeforeAll
    static void copyTheExample() throws IOException {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && "root".equals(System.getProperty("user.name")),
                "local machines need root on Linux; skipping");
        for (String program : List.of("ssh", "ssh-keygen", "rsync", "scp")) {
            assumeTrue(SystemClient.onPath(program, Map.of()), program + " is not installed on this host (apt-get install openssh-client rsync); skipping");
        }
        dir = Files.createTempDirectory("cloudmaker-reach-it");
        Path example = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("local");
        ObjectMapper json = new ObjectMapper();
        ObjectNode def = (ObjectNode) json.readTree(example.resolve("cloud.json").toFile());
        def.put("namespace", NAMESPACE);
        def.putObject("local").put("bridge", BRIDGE).put("subnet", SUBNET_PREFIX + "0/24");
        def.remove("$schema");
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> roles = def.path("roles").fields(); roles.hasNext(); ) {
            ((ObjectNode) roles.next().getValue()).remove("config_management");
        }
        Files.writeString(dir.resolve("cloud.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(def));
        env = Map.of("HOME", dir.toString(), "NO_COLOR", "1", "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    @AfterAll
    static void destroyWhatIsLeft() {
        if (dir != null) {
            cli("keys", "remove", "alice", "--no-sync");
            cli("destroy", "--yes");
            deleteTheImage();
        }
    }

    @Test
    @Order(1)
    void provisionMakesAndBootstrapsBothMachines() throws IOException {
        CliRun run = cli("provision", "--yes");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Bootstrap complete");
        machineIds = MachineShell.machineIds(NAMESPACE);
        assertThat(machineIds).hasSize(2);
    }

    @Test
    @Order(2)
    void execRunsOnBothMachinesWithEachLinePrefixedByItsServer() {
        CliRun run = cli("exec", "--all", "--", "hostname");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().lines().toList()).containsExactlyInAnyOrder("server1 | server1", "server2 | server2");
    }

    @Test
    @Order(3)
    void execExitsWithTheWorstExitCodeAndSaysWhichServerHadIt() {
        CliRun run = cli("exec", "server1", "server2", "--", "if [ \"$(hostname)\" = server2 ]; then echo failing >&2; exit 3; fi; echo fine");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.out()).contains("server1 | fine").doesNotContain("server2 | fine");
        assertThat(run.err()).contains("server2 | failing", "server2: exit 3");
    }

    @Test
    @Order(4)
    void execByRoleAndSshByRoleRunAsTheAdminUser() {
        CliRun exec = cli("exec", "--role", "db", "--", "id -un");
        assertThat(exec.exitCode()).as(exec.all()).isZero();
        assertThat(exec.out().lines().toList()).containsExactly("server2 | cloudmaker");

        CliRun ssh = cli("ssh", "web", "--", "hostname; id -un");
        assertThat(ssh.exitCode()).as(ssh.all()).isZero();
        assertThat(ssh.out().lines().toList()).containsExactly("server1", "cloudmaker");
    }

    @Test
    @Order(5)
    void rsyncAndScpCopyFilesThereAndBack() throws Exception {
        // rsync runs on both ends: the local image carries it, nothing is installed first
        Path src = Files.createDirectories(dir.resolve("stuff"));
        Files.writeString(src.resolve("a.txt"), "alpha\n");
        Files.createDirectories(src.resolve("sub"));
        Files.write(src.resolve("sub").resolve("b.bin"), new byte[] {0, 1, 2, (byte) 255});

        CliRun up = cli("rsync", "server1", "-a", src + "/", ":copied/");
        CliRun down = cli("rsync", "server1", "-a", ":copied/", dir.resolve("back") + "/");

        assertThat(up.exitCode()).as(up.all()).isZero();
        assertThat(down.exitCode()).as(down.all()).isZero();
        assertThat(Files.readString(dir.resolve("back/a.txt"))).isEqualTo("alpha\n");
        assertThat(Files.readAllBytes(dir.resolve("back/sub/b.bin"))).containsExactly(0, 1, 2, 255);
        assertThat(cli("exec", "server1", "--", "stat -c %U copied/a.txt").out()).as("files land as the admin user's")
                .contains("server1 | cloudmaker");

        CliRun scpUp = cli("scp", "server2", src.resolve("a.txt").toString(), ":/tmp/a-copy.txt");
        CliRun scpDown = cli("scp", "server2", ":/tmp/a-copy.txt", dir.resolve("a-back.txt").toString());

        assertThat(scpUp.exitCode()).as(scpUp.all()).isZero();
        assertThat(scpDown.exitCode()).as(scpDown.all()).isZero();
        assertThat(Files.readString(dir.resolve("a-back.txt"))).isEqualTo("alpha\n");
    }

    @Test
    @Order(6)
    void ansibleReadsTheInventoryAndReachesBothMachinesWithThePinnedHostKeys() throws Exception {
        assumeTrue(SystemClient.onPath("ansible", Map.of()), "ansible is not installed (apt-get install ansible); skipping the Ansible run");
        Path hosts = dir.resolve("hosts.json");
        CliRun inventory = cli("inventory", "--format", "ansible");
        assertThat(inventory.exitCode()).as(inventory.all()).isZero();
        Files.writeString(hosts, inventory.out());

        MachineShell.Result list = run("ansible-inventory", "-i", hosts.toString(), "--list");
        assertThat(list.exit()).as(list.err()).isZero();
        var groups = new ObjectMapper().readTree(list.out());
        assertThat(groups.path("web").path("hosts")).extracting(n -> n.asText()).containsExactly("server1");
        assertThat(groups.path("db").path("hosts")).extracting(n -> n.asText()).containsExactly("server2");
        assertThat(groups.path("cloudmaker_reach_it").path("hosts")).extracting(n -> n.asText()).containsExactlyInAnyOrder("server1", "server2");

        // ansible's own ssh, with only what the inventory says: the key, the pinned known_hosts, the admin user
        MachineShell.Result ping = run("env", "ANSIBLE_HOST_KEY_CHECKING=True", "ANSIBLE_LOCAL_TEMP=" + dir.resolve(".ansible-tmp"),
                "ansible", "-i", hosts.toString(), "all", "-m", "ping");
        assertThat(ping.exit()).as(ping.out() + ping.err()).isZero();
        assertThat(ping.out()).contains("server1 | SUCCESS", "server2 | SUCCESS", "\"ping\": \"pong\"");
        MachineShell.Result byRole = run("env", "ANSIBLE_LOCAL_TEMP=" + dir.resolve(".ansible-tmp"),
                "ansible", "-i", hosts.toString(), "db", "-m", "command", "-a", "hostname");
        assertThat(byRole.exit()).as(byRole.out() + byRole.err()).isZero();
        assertThat(byRole.out()).contains("server2 | CHANGED | rc=0 >>").doesNotContain("server1");
    }

    @Test
    @Order(7)
    void anAddedKeyLogsInAndASecondSyncChangesNothing() throws Exception {
        assertThat(run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "alice@reach-it", "-f", dir.resolve("alice").toString()).exit()).isZero();
        assertThat(ssh("server1", dir.resolve("alice")).exit()).as("alice is not let in before she is added").isNotZero();

        CliRun add = cli("keys", "add", "alice", dir.resolve("alice.pub").toString());

        assertThat(add.exitCode()).as(add.all()).isZero();
        assertThat(add.out()).contains("server1: updated (+1 -0)", "server2: updated (+1 -0)");
        for (String server : List.of("server1", "server2")) {
            MachineShell.Result alice = ssh(server, dir.resolve("alice"));
            assertThat(alice.exit()).as(server + ": " + alice.err()).isZero();
            assertThat(alice.out()).isEqualTo("cloudmaker\n");
        }
        assertThat(registeredKeys()).as("the host's key registry has alice under the namespace").anyMatch(k -> k.contains("cloudmaker:reach-it:alice"));

        CliRun again = cli("keys", "sync");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("server1: unchanged", "server2: unchanged");
        assertThat(cli("keys", "list").out()).contains("alice", "alice@reach-it");
    }

    @Test
    @Order(8)
    void aRemovedKeyNoLongerLogsInWhileTheDefinitionsKeyStillDoes() throws Exception {
        CliRun remove = cli("keys", "remove", "alice");

        assertThat(remove.exitCode()).as(remove.all()).isZero();
        assertThat(remove.out()).contains("server1: updated (+0 -1)", "server2: updated (+0 -1)");
        for (String server : List.of("server1", "server2")) {
            MachineShell.Result alice = ssh(server, dir.resolve("alice"));
            assertThat(alice.exit()).isNotZero();
            assertThat(alice.err()).contains("Permission denied");
            assertThat(ssh(server, dir.resolve(".cloudmaker/ssh/id_ed25519")).exit()).as(server + ": the definition's key").isZero();
        }
        assertThat(registeredKeys()).noneMatch(k -> k.contains("cloudmaker:reach-it:alice"));
    }

    @Test
    @Order(9)
    void aMachineMadeOutsideTheNamespaceIsListedOnceImportedAndTerminatedWithIt() {
        String outsiderId;
        try (var cloud = dev.cloudmaker.api.Cloud.connect("local", localSettings())) {
            // made through the provider directly, without any namespace's tag, as something cloudmaker did not create
            outsiderId = cloud.provider().servers().create(dev.cloudmaker.core.spi.ServerRequest.builder("outsider", "local",
                    "local-512mb", "debian-12").tags(List.of("team-a")).build()).id();
        }
        assertThat(cli("list").out()).doesNotContain("outsider");

        CliRun imported = cli("import", "outsider", outsiderId);

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("Imported outsider (id " + outsiderId + ") into namespace " + NAMESPACE);
        assertThat(cli("list").out()).contains("outsider");
        CliRun terminate = cli("terminate", "outsider", "--yes");
        assertThat(terminate.exitCode()).as(terminate.all()).isZero();
        assertThat(cli("list").out()).doesNotContain("outsider").contains("server1", "server2");
        assertThat(MACHINES.resolve(outsiderId)).as("the machine is gone from the host").doesNotExist();
    }

    @Test
    @Order(10)
    void theDbServerIsStoppedStartedRebootedResizedImagedRecreatedAndTerminatedByRole() {
        CliRun stop = cli("stop", "db", "--wait");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(cli("list", "--state", "off").out()).contains("server2").doesNotContain("server1");

        CliRun start = cli("start", "db", "--wait");
        assertThat(start.exitCode()).as(start.all()).isZero();
        CliRun afterStart = cli("exec", "db", "--", "cat", "/etc/hostname");
        assertThat(afterStart.exitCode()).as("SSH answers again, same pinned host key: " + afterStart.all()).isZero();
        CliRun reboot = cli("reboot", "db", "--wait");
        assertThat(reboot.exitCode()).as(reboot.all()).isZero();
        CliRun resize = cli("resize", "db", "local-2gb", "--wait");
        assertThat(resize.exitCode()).as(resize.all()).isZero();
        assertThat(cli("show", "db").out()).contains("local-2gb");
        CliRun afterResize = cli("exec", "db", "--", "true");
        assertThat(afterResize.exitCode()).as("up again after reboot and resize: " + afterResize.all()).isZero();
        String oldId = cli("show", "db").out();

        CliRun image = cli("image", "db", "--as", IMAGE);
        assertThat(image.exitCode()).as(image.all()).isZero();
        assertThat(image.out()).contains("Image " + IMAGE + " (id ");

        CliRun recreate = cli("recreate", "db", "--from", IMAGE, "--yes");
        assertThat(recreate.exitCode()).as(recreate.all()).isZero();
        assertThat(recreate.out()).contains("Recreated server2: id ");
        assertThat(cli("show", "db").out()).as("a new machine").isNotEqualTo(oldId);
        CliRun onCopy = cli("exec", "db", "--", "test", "-f", "/etc/motd");
        assertThat(onCopy.exitCode()).as("the recreated server answers: " + onCopy.all()).isZero();

        CliRun terminate = cli("terminate", "db", "--yes");
        assertThat(terminate.exitCode()).as(terminate.all()).isZero();
        assertThat(cli("list").out()).contains("server1").doesNotContain("server2");
    }

    @Test
    @Order(11)
    void destroyLeavesNothingBehind() throws Exception {
        assertThat(machineIds).hasSize(2);

        CliRun run = cli("destroy", "--yes");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run("ip", "link", "show", BRIDGE).exit()).as("bridge removed").isNotZero();
        for (String id : machineIds) {
            assertThat(MACHINES.resolve(id)).doesNotExist();
            assertThat(run("ip", "link", "show", "vb-" + id).exit()).isNotZero();
        }
        String mounts = Files.readString(Path.of("/proc/self/mounts"));
        machineIds.forEach(id -> assertThat(mounts).doesNotContain(MACHINES + "/" + id + "/"));
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(c -> c.contains("systemd-nspawn") && machineIds.stream().anyMatch(c::contains))
                .noneMatch(c -> c.contains("apt-cacher-ng") && c.contains("/apt-proxy/" + BRIDGE));
        assertThat(registeredKeys()).noneMatch(k -> k.contains("cloudmaker:" + NAMESPACE + ":"));
    }

    /** The image is the host's, not the namespace's: removed by its id through the library. */
    private static void deleteTheImage() {
        try (var cloud = dev.cloudmaker.api.Cloud.connect("local", localSettings())) {
            cloud.provider().images().list().stream().filter(i -> i.name().equals("cloudmaker:" + NAMESPACE + ":" + IMAGE))
                    .forEach(i -> cloud.provider().images().delete(i.id()));
        }
    }

    /** The local provider on the test's bridge, for what the test does through the library. */
    private static dev.cloudmaker.core.spi.ProviderSettings localSettings() {
        return new dev.cloudmaker.core.spi.ProviderSettings("local", Map.of("bridge", BRIDGE, "subnet", SUBNET_PREFIX + "0/24"),
                dev.cloudmaker.core.spi.ProviderCredentials.NONE, java.time.Duration.ofSeconds(30), System.getenv(), notice -> { });
    }

    private static CliRun cli(String... args) {
        return CliRun.in(dir, env, args);
    }

    /** The system's ssh as the admin user with {@code key}, trusting only the pinned host key. */
    private static MachineShell.Result ssh(String server, Path key) throws IOException {
        String address = new ObjectMapper().readTree(dir.resolve("cloudmaker_inventory.json").toFile())
                .path(server).path("public_network_interfaces").path("ipv4").asText();
        assertThat(address).as("local machines live on the test's own subnet").startsWith(SUBNET_PREFIX);
        return run("ssh", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-i", key.toString(),
                "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"), "-o", "HostKeyAlias=" + server,
                "-o", "StrictHostKeyChecking=yes", "cloudmaker@" + address, "id -un");
    }

    /** The content of every key in the host's registry (shared with other tests, so only this namespace's count). */
    private static List<String> registeredKeys() throws IOException {
        if (!Files.isDirectory(KEYS)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(KEYS)) {
            for (Path f : s.filter(f -> f.toString().endsWith(".json")).toList()) {
                out.add(Files.readString(f));
            }
        }
        return out;
    }
}
