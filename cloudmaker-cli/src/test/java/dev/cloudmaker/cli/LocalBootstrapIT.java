package dev.cloudmaker.cli;

import dev.cloudmaker.cli.MachineShell.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's local example for real: two systemd-nspawn machines provisioned and bootstrapped by
 * the CLI, then checked from outside over SSH (root and password logins refused, the firewall's
 * ports, the configuration-management runs applied), bootstrapped again without a change, and
 * destroyed without a trace. server1 runs Debian 13 and server2 Debian 12, the two local images.
 * Needs root on Linux; skips elsewhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalBootstrapIT {
    private static final String BRIDGE = "cmbt0";
    private static final String SUBNET_PREFIX = "10.213.251.";
    private static Path dir;
    private static Map<String, String> env;
    private static MachineShell machines;

    @BeforeAll
    static void copyTheExample() throws IOException {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && "root".equals(System.getProperty("user.name")),
                "local machines need root on Linux; skipping");
        machines = MachineShell.exampleCopy("bootstrap-it", BRIDGE, SUBNET_PREFIX);
        dir = machines.dir();
        env = machines.env();
        ObjectMapper json = new ObjectMapper();
        ObjectNode def = (ObjectNode) json.readTree(dir.resolve("cloud.json").toFile());
        ((ObjectNode) def.path("servers").path("server1")).put("image", "debian-13");
        Files.writeString(dir.resolve("cloud.json"), json.writeValueAsString(def));
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
        assertThat(run.out()).contains("Bootstrap complete", "server2: puppet site.pp changed", "server1: ansible site.yml changed");
        // cloud-init 25 (Debian 13) validates the first-boot cloud-config against its schema, 22.4 (Debian 12) did not
        assertThat(run.out()).contains("server1: cloud-init ok (cloud-init has finished)", "server2: cloud-init ok (cloud-init has finished)");
        // the image is hardened from the first boot: ufw on with SSH let in, fail2ban watching sshd as the bootstrap wants it
        assertThat(run.out()).contains("server1: firewall changed (allowed 80/tcp)", "server2: firewall changed (allowed 5432/tcp)",
                "server1: fail2ban ok", "server2: fail2ban ok");
    }

    @Test
    @Order(2)
    void theServersRefuseRootAndPasswordsAndOpenOnlyTheirPorts() throws Exception {
        for (String server : List.of("server1", "server2")) {
            assertThat(machines.ssh(server, "cloudmaker", "true").exit()).as("admin login to " + server).isZero();

            Result root = machines.ssh(server, "root", "true");
            assertThat(root.exit()).isNotZero();
            assertThat(root.err()).contains("Permission denied");

            Result password = MachineShell.run(List.of("ssh", "-o", "BatchMode=yes", "-o", "PubkeyAuthentication=no",
                    "-o", "PreferredAuthentications=password,keyboard-interactive", "-o", "UserKnownHostsFile=" + machines.knownHosts(),
                    "-o", "HostKeyAlias=" + server, "-o", "StrictHostKeyChecking=yes", "cloudmaker@" + machines.address(server), "true"));
            assertThat(password.exit()).isNotZero();
            assertThat(password.err()).as("sshd offers keys only").contains("Permission denied (publickey)");
        }
        String ufw1 = machines.ssh("server1", "cloudmaker", "sudo ufw status verbose").out();
        assertThat(ufw1).contains("Status: active", "Default: deny (incoming)");
        assertThat(allowedPorts(ufw1)).containsExactlyInAnyOrder("22/tcp", "80/tcp");
        String ufw2 = machines.ssh("server2", "cloudmaker", "sudo ufw status verbose").out();
        assertThat(allowedPorts(ufw2)).containsExactlyInAnyOrder("22/tcp", "5432/tcp");
    }

    @Test
    @Order(3)
    void theConfigurationManagementToolsAreInstalledAndTheirRunsApplied() throws Exception {
        assertThat(machines.ssh("server1", "cloudmaker", "dpkg-query -W -f='${Status}' ansible-core; echo; cat /etc/cloudmaker-role").out())
                .contains("install ok installed", "web");
        assertThat(machines.ssh("server2", "cloudmaker", "dpkg-query -W -f='${Status}' puppet-agent; echo; cat /etc/cloudmaker-role").out())
                .contains("install ok installed", "db");
        assertThat(machines.ssh("server2", "cloudmaker", "id backup").out()).contains("(adm)");
    }

    @Test
    @Order(4)
    void aSecondBootstrapChangesNothing() {
        CliRun run = CliRun.of(env, "-C", dir.toString(), "bootstrap");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("server1: Debian GNU/Linux 13 (trixie), no changes",
                "server2: Debian GNU/Linux 12 (bookworm), no changes").doesNotContain(" changed (");
    }

    @Test
    @Order(5)
    void destroyLeavesNothingBehind() throws Exception {
        List<String> ids = MachineShell.machineIds("bootstrap-it");
        assertThat(ids).hasSize(2);

        CliRun run = CliRun.of(env, "-C", dir.toString(), "destroy", "--yes");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(MachineShell.run("ip", "link", "show", BRIDGE).exit()).as("bridge removed").isNotZero();
        for (String id : ids) {
            assertThat(Path.of("/var/lib/cloudmaker/local/machines", id)).doesNotExist();
            assertThat(Path.of("/sys/fs/cgroup/unified/cloudmaker", id)).doesNotExist();
            assertThat(Path.of("/sys/fs/cgroup/systemd/cloudmaker", id)).doesNotExist();
            assertThat(MachineShell.run("ip", "link", "show", "vb-" + id).exit()).isNotZero();
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
}
