package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A definition mixing a real local machine with a DigitalOcean account in the sandbox, DNS in the
 * sandbox's zones for both: the local machine boots and is bootstrapped, the droplet is emulated and left
 * alone, and both names point at their servers. Needs root on Linux; skips otherwise.
 */
class MixedLocalSandboxIT {
    private static final String NAMESPACE = "mix-it";
    private static final String CLOUD = """
            {
              "namespace": "mix-it",
              "providers": {
                "do":   { "type": "digitalocean" },
                "home": { "type": "local", "bridge": "cmmx0", "subnet": "10.213.247.0/24" }
              },
              "dns": "do",
              "defaults": { "provider": "do", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64" },
              "servers": {
                "web": { "names": ["www.mix.example.com"] },
                "ci":  { "provider": "home", "region": "local", "size": "local-1gb", "image": "debian-12",
                         "names": ["ci.mix.example.com"] }
              }
            }
            """;

    private Path dir;
    private Map<String, String> env;

    @BeforeEach
    void write() throws IOException {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && "root".equals(System.getProperty("user.name")),
                "local machines need root on Linux; skipping");
        dir = Files.createTempDirectory("cloudmaker-mix-it");
        Files.writeString(dir.resolve("cloud.json"), CLOUD);
        env = Map.of("HOME", dir.toString(), "NO_COLOR", "1", "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    @AfterEach
    void destroy() throws IOException {
        if (dir != null) {
            CliRun gone = cli("destroy", "--yes");
            assertThat(gone.exitCode()).as(gone.all()).isZero();
            assertThat(MachineShell.machineIds(NAMESPACE)).isEmpty();
        }
    }

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "-C";
        full[1] = dir.toString();
        full[2] = "--sandbox";
        System.arraycopy(args, 0, full, 3, args.length);
        return CliRun.of(env, full);
    }

    @Test
    void theLocalMachineIsRealAndBootstrappedTheDropletEmulatedAndBothNamedInOneZone() throws IOException {
        CliRun provision = cli("provision", "--yes");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(provision.out()).contains("Not bootstrapping web: an emulator's servers", "Bootstrapping 1 server(s)", "Bootstrap complete");
        assertThat(MachineShell.machineIds(NAMESPACE)).hasSize(1);
        assertThat(dir.resolve(".cloudmaker/sandbox-do.json")).exists();
        assertThat(dir.resolve(".cloudmaker/sandbox-home.json")).doesNotExist();

        JsonNode inventory = Json.MAPPER.readTree(dir.resolve("cloudmaker_inventory.json").toFile());
        assertThat(inventory.path("ci").path("provider").asText()).isEqualTo("home");
        assertThat(inventory.path("ci").path("public_network_interfaces").path("ipv4").asText()).startsWith("10.213.247.");
        assertThat(inventory.path("ci").path("names").toString()).contains("ci.mix.example.com");
        assertThat(inventory.path("web").path("provider").asText()).isEqualTo("do");
        assertThat(inventory.path("web").path("names").toString()).contains("www.mix.example.com");

        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");

        CliRun exec = cli("exec", "ci", "--", "hostname");
        assertThat(exec.exitCode()).as(exec.all()).isZero();
        assertThat(exec.out().lines().toList()).isEqualTo(List.of("ci | ci"));
    }
}
