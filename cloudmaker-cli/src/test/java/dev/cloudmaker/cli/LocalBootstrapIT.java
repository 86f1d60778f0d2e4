package dev.cloudmaker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's local example for real: two systemd-nspawn machines provisioned and bootstrapped by
 * the CLI, then checked from outside over SSH (root and password logins refused, the firewall's
 * ports, the configuration-management runs applied), bootstrapped again without a change, and
 * destroyed without a trace. Needs root on Linux; skips elsewhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalBootstrapIT {
    private static final String BRIDGE = "cmbt0";
    private static final String SUBNET_PREFIX = "10.213.251.";
    private static Path dir;
    private static Map<String, String> env;

    @BeforeAll
    static void copyTheExample() throws IOException {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && "root".equals(System.getProperty("user.name")),
                "local machines need root on Linux; skipping");
        dir = Files.createTempDirectory("cloudmaker-local-it");
        Path example = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("local");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !example.relativize(f).startsWith(".cloudmaker")).toList()) {
                Path to = dir.resolve(example.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode def = (ObjectNode) json.readTree(dir.resolve("cloud.json").toFile());
        def.put("namespace", "bootstrap-it");
        def.putObject("local").put("bridge", BRIDGE).put("subnet", SUBNET_PREFIX + "0/24");
        def.remove("$schema");
        Files.writeString(dir.resolve("cloud.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(def));
        env = Map.of("HOME", dir.toString(), "NO_COLOR", "1");
    }

    @AfterAll
    static void destroyWhatIsLeft() {
        if (dir != null) {
            CliRun.of(env, "-C", dir.toString(), "destroy", "--yes");
        }
    }

    @Test
    @Order(1)
    void provisionBootstrapsBothMachines() {
        CliRun run = CliRun.of(env, "-C", dir.toString(), "provision", "--yes");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Bootstrap complete", "server1: firewall changed", "server2: puppet site.pp changed",
                "server1: ansible site.yml changed");
    }

    @Test
    @Order(2)
    void theServersRefuseRootAndPasswordsAndOpenOnlyTheirPorts() throws Exception {
        for (String server : List.of("server1", "server2")) {
            String address = address(server);
            assertThat(ssh(address, "cloudmaker", "true").exit).as("admin login to " + server).isZero();

            Result root = ssh(address, "root", "true");
            assertThat(root.exit).isNotZero();
            assertThat(root.err).contains("Permission denied");

            Result password = run(List.of("ssh", "-o", "BatchMode=yes", "-o", "PubkeyAuthentication=no",
                    "-o", "PreferredAuthentications=password,keyboard-interactive", "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                    "-o", "HostKeyAlias=" + server, "-o", "StrictHostKeyChecking=yes", "cloudmaker@" + address, "true"));
            assertThat(password.exit).isNotZero();
            assertThat(password.err).as("sshd offers keys only").contains("Permission denied (publickey)");
        }
        String ufw1 = ssh(address("server1"), "cloudmaker", "sudo ufw status verbose").out;
        assertThat(ufw1).contains("Status: active", "Default: deny (incoming)");
        assertThat(allowedPorts(ufw1)).containsExactlyInAnyOrder("22/tcp", "80/tcp");
        String ufw2 = ssh(address("server2"), "cloudmaker", "sudo ufw status verbose").out;
        assertThat(allowedPorts(ufw2)).containsExactlyInAnyOrder("22/tcp", "5432/tcp");
    }

    @Test
    @Order(3)
    void theConfigurationManagementToolsAreInstalledAndTheirRunsApplied() throws Exception {
        assertThat(ssh(address("server1"), "cloudmaker", "dpkg-query -W -f='${Status}' ansible-core; echo; cat /etc/cloudmaker-role").out)
                .contains("install ok installed", "web");
        assertThat(ssh(address("server2"), "cloudmaker", "dpkg-query -W -f='${Status}' puppet-agent; echo; cat /etc/cloudmaker-role").out)
                .contains("install ok installed", "db");
        assertThat(ssh(address("server2"), "cloudmaker", "id backup").out).contains("(adm)");
    }

    @Test
    @Order(4)
    void aSecondBootstrapChangesNothing() {
        CliRun run = CliRun.of(env, "-C", dir.toString(), "bootstrap");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("server1: Debian GNU/Linux 12 (bookworm), no changes",
                "server2: Debian GNU/Linux 12 (bookworm), no changes").doesNotContain(" changed (");
    }

    @Test
    @Order(5)
    void destroyLeavesNothingBehind() throws Exception {
        List<String> ids = machineIds();
        assertThat(ids).hasSize(2);

        CliRun run = CliRun.of(env, "-C", dir.toString(), "destroy", "--yes");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run("ip", "link", "show", BRIDGE).exit).as("bridge removed").isNotZero();
        for (String id : ids) {
            assertThat(Path.of("/var/lib/cloudmaker/local/machines", id)).doesNotExist();
            assertThat(Path.of("/sys/fs/cgroup/unified/cloudmaker", id)).doesNotExist();
            assertThat(Path.of("/sys/fs/cgroup/systemd/cloudmaker", id)).doesNotExist();
            assertThat(run("ip", "link", "show", "vb-" + id).exit).isNotZero();
        }
        // only this test's machines: other runs on this host may have machines of their own mounted meanwhile
        String mounts = Files.readString(Path.of("/proc/self/mounts"));
        ids.forEach(id -> assertThat(mounts).doesNotContain("/var/lib/cloudmaker/local/machines/" + id + "/"));
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(c -> c.contains("systemd-nspawn") && ids.stream().anyMatch(c::contains))
                .noneMatch(c -> c.contains("apt-cacher-ng") && c.contains("/apt-proxy/" + BRIDGE));
        assertThat(Files.readString(dir.resolve("known_hosts"))).doesNotContain("server1", "server2");
    }

    private static List<String> allowedPorts(String ufwStatus) {
        List<String> out = new ArrayList<>();
        ufwStatus.lines().filter(l -> l.contains("ALLOW IN") && !l.contains("(v6)"))
                .forEach(l -> out.add(l.strip().split("\\s+")[0]));
        return out;
    }

    private static String address(String server) throws IOException {
        var inventory = new ObjectMapper().readTree(dir.resolve("cloudmaker_inventory.json").toFile());
        String address = inventory.path(server).path("public_network_interfaces").path("ipv4").asText();
        assertThat(address).as("local machines live on the test's own subnet").startsWith(SUBNET_PREFIX);
        // the route check cloudmaker makes before connecting, made here before the test connects itself
        assertThat(run("ip", "-o", "route", "get", address).out).contains("dev " + BRIDGE).doesNotContain(" via ");
        return address;
    }

    private static List<String> machineIds() throws IOException {
        Path machines = Path.of("/var/lib/cloudmaker/local/machines");
        List<String> ids = new ArrayList<>();
        try (Stream<Path> s = Files.list(machines)) {
            for (Path m : s.sorted(Comparator.naturalOrder()).toList()) {
                Path record = m.resolve("machine.json");
                if (Files.exists(record) && Files.readString(record).contains("cloudmaker:bootstrap-it")) {
                    ids.add(m.getFileName().toString());
                }
            }
        }
        return ids;
    }

    private static Result ssh(String address, String user, String command) throws Exception {
        String server = address.equals(address("server1")) ? "server1" : "server2";
        return run(List.of("ssh", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-i", dir.resolve(".cloudmaker/ssh/id_ed25519").toString(),
                "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"), "-o", "HostKeyAlias=" + server,
                "-o", "StrictHostKeyChecking=yes", user + "@" + address, command));
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... argv) throws IOException {
        return run(List.of(argv));
    }

    private static Result run(List<String> argv) throws IOException {
        Path out = Files.createTempFile("it", ".out");
        Path err = Files.createTempFile("it", ".err");
        try {
            Process p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", argv) + " did not finish in 60 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
