package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * bootmachine's promise, one settings file over several providers: a server on an OpenStack cloud (the
 * sandbox's emulator) and a real local machine, DNS for both in Designate. The local machine is bootstrapped
 * with the hardening baseline and its role's Ansible run; the OpenStack server is emulated and left alone. A
 * re-run changes nothing; destroy leaves no machine and no record. Needs root on Linux; skips otherwise.
 */
class BootmachineMixedIT {
    private static final String NAMESPACE = "bm-it";
    private static final String BRIDGE = "cmbm0";
    private static final String SUBNET_PREFIX = "10.213.245.";
    private static final String CLOUD = """
            {
              "namespace": "bm-it",
              "providers": {
                "os":   { "type": "openstack" },
                "home": { "type": "local", "bridge": "cmbm0", "subnet": "10.213.245.0/24" }
              },
              "dns": "os",
              "defaults": { "provider": "os", "region": "RegionOne", "size": "m1.small", "image": "debian-12" },
              "roles": {
                "web": { "ports": [80], "config_management": { "tool": "ansible", "apply": "ansible/site.yml" } }
              },
              "servers": {
                "app": { "role": "web", "names": ["app.bm.example.com"] },
                "ci":  { "provider": "home", "region": "local", "size": "local-1gb", "image": "debian-12", "role": "web",
                         "names": ["ci.bm.example.com"] }
              }
            }
            """;

    private MachineShell machines;
    private Path dir;

    @BeforeEach
    void write() throws IOException {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && "root".equals(System.getProperty("user.name")),
                "local machines need root on Linux; skipping");
        machines = MachineShell.exampleCopy(NAMESPACE, BRIDGE, SUBNET_PREFIX);
        dir = machines.dir();
        Files.writeString(dir.resolve("cloud.json"), CLOUD);
    }

    @AfterEach
    void destroy() throws IOException {
        if (dir != null) {
            CliRun gone = cli("destroy", "--yes");
            assertThat(gone.exitCode()).as(gone.all()).isZero();
            assertThat(MachineShell.machineIds(NAMESPACE)).isEmpty();
            assertThat(openStackLeftovers()).as("no server or record left in the sandbox OpenStack").isEmpty();
        }
    }

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "-C";
        full[1] = dir.toString();
        full[2] = "--sandbox";
        System.arraycopy(args, 0, full, 3, args.length);
        return CliRun.of(machines.env(), full);
    }

    /** The sandbox OpenStack's servers and A/AAAA record sets, as its state file (written after every change) has them. */
    private java.util.List<String> openStackLeftovers() throws IOException {
        JsonNode state = Json.MAPPER.readTree(dir.resolve(".cloudmaker/sandbox-os.json").toFile());
        java.util.List<String> left = new java.util.ArrayList<>();
        state.path("servers").forEach(s -> left.add("server " + s.path("name").asText()));
        state.path("recordsets").forEach(r -> {
            if (r.path("type").asText().startsWith("A")) {
                left.add(r.path("type").asText() + " " + r.path("name").asText());
            }
        });
        return left;
    }

    @Test
    void theOpenStackServerIsEmulatedTheLocalMachineBootstrappedAndBothNamedInDesignate() throws IOException {
        CliRun provision = cli("provision", "--yes", "--create-zones");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(provision.out()).contains("Bootstrapping 1 server(s)", "ci: firewall changed (allowed 80/tcp)",
                "ci: fail2ban ok", "ci: ansible site.yml changed", "Bootstrap complete");
        assertThat(MachineShell.machineIds(NAMESPACE)).hasSize(1);

        JsonNode inventory = Json.MAPPER.readTree(dir.resolve("cloudmaker_inventory.json").toFile());
        assertThat(inventory.path("ci").path("provider").asText()).isEqualTo("home");
        assertThat(inventory.path("ci").path("public_network_interfaces").path("ipv4").asText()).startsWith(SUBNET_PREFIX);
        assertThat(inventory.path("app").path("provider").asText()).isEqualTo("os");
        assertThat(inventory.path("ci").path("names").toString()).contains("ci.bm.example.com");
        assertThat(inventory.path("app").path("names").toString()).contains("app.bm.example.com");

        String ciAddress = machines.address("ci");
        JsonNode state = Json.MAPPER.readTree(dir.resolve(".cloudmaker/sandbox-os.json").toFile());
        assertThat(state.path("recordsets").findParents("name").stream()
                .filter(r -> r.path("name").asText().equals("ci.bm.example.com.") && r.path("type").asText().equals("A"))
                .map(r -> r.path("records").toString()).toList())
                .as("the local machine's name is in Designate with its bridge address").containsExactly("[\"" + ciAddress + "\"]");

        assertThat(machines.ssh("ci", "cloudmaker", "cat /etc/cloudmaker-role; sudo ufw status").out())
                .contains("web", "Status: active", "80/tcp");
        MachineShell.Result root = machines.ssh("ci", "root", "true");
        assertThat(root.exit()).as("root logins refused").isNotZero();

        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
    }
}
