package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudmaker emulator TYPE}: its help, its usage errors, and the jar serving one that cloudmaker then uses. */
class EmulatorCommandIT {
    @TempDir
    Path dir;

    @Test
    void helpListsEachInstalledTypeWithTheOptionsItTakes() {
        CliRun help = CliRun.of(Map.of(), "emulator", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Emulators:", "digitalocean", "DigitalOcean API v2", "--fault SPEC",
                "--rate-limit N", "port-only", "A test type that takes only a port.", "Where it would listen.",
                "eval \"$(tail -n +2 emulator.env)\"");
        assertThat(help.out().indexOf("digitalocean ")).as("sorted by type").isLessThan(help.out().indexOf("port-only"));
    }

    @Test
    void anUnknownTypeAnOptionTheTypeDoesNotTakeAndABadFaultAreUsageErrors() {
        CliRun unknown = CliRun.of(Map.of(), "emulator", "vultr");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no emulator for \"vultr\"; installed: digitalocean, openstack, port-only, triton");

        CliRun notTaken = CliRun.of(Map.of(), "emulator", "port-only", "--port", "0", "--latency", "1s");
        assertThat(notTaken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notTaken.err()).contains("the port-only emulator does not take --latency; it takes --port");

        CliRun noUser = CliRun.of(Map.of(), "emulator", "triton", "--user", "alice");
        assertThat(noUser.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noUser.err()).contains("the triton emulator does not take --user");

        CliRun badFault = CliRun.of(Map.of(), "emulator", "digitalocean", "--fault", "503@volumes");
        assertThat(badFault.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFault.err()).contains("unknown endpoint \"volumes\"", "droplet-actions");
        assertThat(badFault.out()).doesNotContain("listening");

        CliRun badPort = CliRun.of(Map.of(), "emulator", "digitalocean", "--port", "70000");
        assertThat(badPort.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badPort.err()).contains("port 70000 is not a port");
    }

    @Test
    void theJarServesUntilStoppedAndItsExportsPointCloudmakerAtIt() throws Exception {
        Path state = dir.resolve("do-state.json");
        JarProcess jar = JarProcess.start(Files.createDirectories(dir.resolve("logs")), Map.of(),
                "emulator", "digitalocean", "--boot-delay", "200ms", "--state", state.toString(), "--seed", "5");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> jar.out().lines().count() >= 4);
            List<String> lines = jar.out().lines().toList();
            assertThat(lines.getFirst()).startsWith("listening on http://127.0.0.1:");
            String url = lines.getFirst().substring("listening on ".length());
            Map<String, String> exported = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                assertThat(line).startsWith("export ");
                String[] kv = line.substring("export ".length()).split("=", 2);
                exported.put(kv[0], kv[1]);
            }
            assertThat(exported).containsEntry("DIGITALOCEAN_API_URL", url).containsKey("DIGITALOCEAN_TOKEN");

            Path work = Files.createDirectories(dir.resolve("work"));
            Fixture.write(work, exported.get("DIGITALOCEAN_TOKEN"));
            CliRun provision = CliRun.in(work, Map.of("DIGITALOCEAN_API_URL", exported.get("DIGITALOCEAN_API_URL")),
                    "provision", "--yes");
            assertThat(provision.exitCode()).as(provision.all()).isZero();
            assertThat(provision.out()).contains("Apply complete: 10 added");
            CliRun list = CliRun.in(work, Map.of("DIGITALOCEAN_API_URL", url), "list");
            assertThat(list.out()).contains("server1", "server2");
        } finally {
            jar.process().destroy(); // SIGTERM, as Ctrl-C or a service manager stops it
            assertThat(jar.process().waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertThat(Files.readString(state)).as("the state saved on the way out").contains("\"server1\"", "\"server2\"");
    }

    @Test
    void theTritonEmulatorTakesAnAccountAndKeyFilesAndExportsNodeTritonsProfile() throws Exception {
        Path pub = dir.resolve("id_ed25519.pub");
        String line = dev.cloudmaker.testkit.SshKeys.ed25519Line("ci@example");
        Files.writeString(pub, line + "\n");
        String fingerprint = dev.cloudmaker.core.model.SshPublicKey.parse(line).md5Fingerprint();
        JarProcess jar = JarProcess.start(Files.createDirectories(dir.resolve("triton-logs")), Map.of(),
                "emulator", "triton", "--account", "alice", "--key", pub.toString());
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> jar.out().lines().count() >= 7);
            List<String> lines = jar.out().lines().toList();
            String url = lines.getFirst().substring("listening on ".length());
            assertThat(lines.subList(1, lines.size())).containsExactly("export TRITON_URL=" + url,
                    "export TRITON_ACCOUNT=alice", "export TRITON_KEY_ID=" + fingerprint, "export SDC_URL=" + url,
                    "export SDC_ACCOUNT=alice", "export SDC_KEY_ID=" + fingerprint);
        } finally {
            jar.process().destroy();
            assertThat(jar.process().waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    @Test
    void theOpenStackEmulatorTakesAUserLoginAndExportsTheOsVariables() throws Exception {
        JarProcess jar = JarProcess.start(Files.createDirectories(dir.resolve("openstack-logs")), Map.of(),
                "emulator", "openstack", "--user", "alice", "--password", "pw", "--project", "web", "--region", "North");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> jar.out().lines().count() >= 9);
            List<String> lines = jar.out().lines().toList();
            String url = lines.getFirst().substring("listening on ".length());
            assertThat(lines.subList(1, lines.size())).containsExactly("export OS_AUTH_URL=" + url + "/identity/v3",
                    "export OS_USERNAME=alice", "export OS_PASSWORD=pw", "export OS_PROJECT_NAME=web",
                    "export OS_USER_DOMAIN_NAME=Default", "export OS_PROJECT_DOMAIN_NAME=Default",
                    "export OS_REGION_NAME=North", "export OS_IDENTITY_API_VERSION=3");
            var login = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/identity/v3/auth/tokens"))
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":"
                                    + "\"alice\",\"domain\":{\"id\":\"default\"},\"password\":\"pw\"}}}}}")).build();
            var answer = java.net.http.HttpClient.newHttpClient().send(login, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.body()).contains(url + "/compute/v2.1", "\"North\"");
        } finally {
            jar.process().destroy();
            assertThat(jar.process().waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }
}
