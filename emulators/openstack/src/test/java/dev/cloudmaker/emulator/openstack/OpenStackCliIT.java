package dev.cloudmaker.emulator.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's {@code openstack} CLI (python-openstackclient 6.0, novaclient at microversion 2.1, designateclient) with
 * {@code -f json} against the emulator, as users script it: key pairs, security groups, {@code server create --wait}
 * with user-data and properties, list and show, a snapshot, a floating IP, a Designate zone and record set, and
 * {@code server delete --wait}.
 */
class OpenStackCliIT {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq0SLHc5vO8kWk1rKBHk0P9z1n9dOqI9M1kqf5yGmBv cli@test\n";

    @TempDir
    Path dir;
    private OpenStackFixture fixture;
    private Map<String, String> env;

    @BeforeAll
    static void cliInstalled() {
        ClientRun.requireOpenStackCli();
    }

    @BeforeEach
    void start() {
        fixture = OpenStackFixture.start(b -> b.bootDelay(Duration.ofMillis(500)).actionDuration(Duration.ofMillis(300))
                .dnsDelay(Duration.ofMillis(200)));
        env = fixture.clientEnvironment(fixture.cloudsYaml(dir), dir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void serversKeysGroupsAndImagesAsUsersScriptThem() throws IOException {
        Path pub = Files.writeString(dir.resolve("id.pub"), KEY);
        JsonNode key = osc("keypair", "create", "--public-key", pub.toString(), "cli-key");
        assertThat(key.get("fingerprint").asText()).isEqualTo(SshPublicKey.parse(KEY.strip()).md5Fingerprint());
        assertThat(osc("flavor", "list").findValuesAsText("Name")).contains("m1.tiny", "m1.small", "m1.xlarge");
        assertThat(osc("image", "list").findValuesAsText("Name")).contains("debian-12", "ubuntu-24.04");
        assertThat(osc("network", "list").findValuesAsText("Name")).containsExactlyInAnyOrder("public", "private");
        JsonNode group = osc("security", "group", "create", "web");
        JsonNode rule = osc("security", "group", "rule", "create", "--protocol", "tcp", "--dst-port", "8080", "web");
        assertThat(rule.get("port_range_min").asInt()).isEqualTo(8080);
        Path userData = Files.writeString(dir.resolve("user-data"), "#cloud-config\nhostname: cli-1\n");

        JsonNode created = osc("server", "create", "--image", "ubuntu-24.04", "--flavor", "m1.small", "--key-name",
                "cli-key", "--security-group", "web", "--user-data", userData.toString(), "--property", "role=web",
                "--wait", "cli-1");
        assertThat(created.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.get("flavor").asText()).contains("m1.small");
        assertThat(created.get("image").asText()).contains("ubuntu-24.04");
        EmulatedServer held = fixture.emulator().account().servers().getFirst();
        assertThat(created.get("addresses").toString()).contains(held.publicIpv4());
        assertThat(created.get("properties").toString()).contains("role");

        JsonNode list = osc("server", "list");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("Name").asText()).isEqualTo("cli-1");
        assertThat(list.get(0).get("Status").asText()).isEqualTo("ACTIVE");
        assertThat(list.get(0).get("Networks").toString()).contains("public", held.publicIpv4());
        assertThat(list.get(0).get("Image").asText()).isEqualTo("ubuntu-24.04");
        assertThat(list.get(0).get("Flavor").asText()).isEqualTo("m1.small");
        assertThat(osc("server", "show", "cli-1").get("security_groups").toString()).contains("web");

        JsonNode snapshot = osc("server", "image", "create", "--name", "cli-snap", "--wait", "cli-1");
        assertThat(snapshot.get("name").asText()).isEqualTo("cli-snap");
        assertThat(osc("image", "show", "cli-snap").get("status").asText()).isEqualTo("active");

        JsonNode fip = osc("floating", "ip", "create", "public");
        assertThat(fip.get("floating_ip_address").asText()).matches("(203\\.0\\.113|198\\.51\\.100)\\.\\d+");

        run("server", "delete", "--wait", "cli-1").succeeded();
        assertThat(osc("server", "list")).isEmpty();
        run("security", "group", "delete", group.get("id").asText()).succeeded();
        assertThat(fixture.emulator().account().servers()).isEmpty();
    }

    @Test
    void zonesAndRecordSetsThroughDesignatesPlugin() {
        ClientRun.requirePython("designateclient", "python3-designateclient");
        JsonNode zone = osc("zone", "create", "--email", "hostmaster@example.net", "example.net.");
        assertThat(zone.get("status").asText()).isEqualTo("PENDING");
        JsonNode rs = osc("recordset", "create", "--type", "A", "--record", "203.0.113.20", "example.net.", "www");
        assertThat(rs.get("name").asText()).isEqualTo("www.example.net.");
        assertThat(osc("zone", "list").findValuesAsText("name")).containsExactly("example.net.");
        JsonNode sets = osc("recordset", "list", "example.net.");
        assertThat(sets.findValuesAsText("type")).containsExactlyInAnyOrder("SOA", "NS", "A");
        assertThat(fixture.emulator().account().records("example.net")).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("A");
            assertThat(r.name()).isEqualTo("www");
            assertThat(r.data()).isEqualTo("203.0.113.20");
        });
    }

    @Test
    void aFailedBuildEndsTheWaitWithNovasFault() {
        fixture.emulator().failBuilds("doomed");
        ClientRun failed = run("server", "create", "--image", "ubuntu-24.04", "--flavor", "m1.tiny", "--wait", "doomed");
        // OSC 6.0 stops its wait at ERROR and says so, though with a bare SystemExit, so its exit code is 0
        assertThat(failed.out()).contains("Error creating server");
        assertThat(failed.err()).contains("Error creating server: doomed");
        assertThat(osc("server", "show", "doomed").get("fault").toString()).contains("No valid host was found");
    }

    private JsonNode osc(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-f", "json"));
        String out = run(all.toArray(String[]::new)).succeeded();
        try {
            return EmulatorJson.MAPPER.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(out, e);
        }
    }

    private ClientRun run(String... args) {
        List<String> command = new ArrayList<>(List.of(ClientRun.OPENSTACK.toString()));
        command.addAll(List.of(args));
        return ClientRun.run(command, env, dir);
    }
}
