package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cloudmaker does not need the private half of the key to talk to the cloud: with only {@code public_ssh_key}
 * and an empty ~/.ssh, provisioning and the inventories work, and every run that does not bootstrap says
 * why in exactly one line. No machine is booted: the local definition declares none.
 */
class NoPrivateKeyIT {
    @TempDir
    Path dir;
    @TempDir
    Path home;

    @Test
    void againstAnEmulatorProvisionAndTheAnsibleInventoryNeedNoPrivateKey() throws Exception {
        Files.createDirectories(home.resolve(".ssh"));
        OpsFixture.write(dir);
        Files.writeString(dir.resolve("security.json"), "{\"digital_ocean_api_key\": \"dop_v1_ops\", \"public_ssh_key\": \""
                + Fixture.publicKey(15) + " me@here\"}\n"); // no private_ssh_key_file, and nothing in ~/.ssh
        Map<String, String> env = Map.of("HOME", home.toString());
        try (DigitalOceanEmulator emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(50)).start()) {
            CliRun provision = CliRun.against(emu.baseUrl(), dir, env, "provision", "--yes");

            assertThat(provision.exitCode()).as(provision.all()).isZero();
            assertThat(notBootstrappingLines(provision)).containsExactly(
                    "Not bootstrapping: the API is an emulator on this host, whose servers are not machines anyone can log in to.");

            CliRun ansible = CliRun.against(emu.baseUrl(), dir, env, "inventory", "--format", "ansible");
            assertThat(ansible.exitCode()).as(ansible.all()).isZero();
            JsonNode web1 = new ObjectMapper().readTree(ansible.out()).path("all").path("children").path("cloudmaker_ops").path("hosts").path("web1");
            assertThat(web1.path("ansible_user").asText()).isEqualTo("cloudmaker");
            assertThat(web1.has("ansible_ssh_private_key_file")).as(web1.toString()).isFalse();
        }
    }

    @Test
    void theSandboxSaysInOneLineWhyItDoesNotBootstrap() throws Exception {
        Fixture.write(dir, "dop_v1_unused");

        CliRun provision = CliRun.of(Map.of("HOME", home.toString()), "--sandbox", "-C", dir.toString(), "provision", "--yes");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(notBootstrappingLines(provision)).containsExactly(
                "Not bootstrapping: the sandbox's servers are not machines anyone can log in to.");
        CliRun asked = CliRun.of(Map.of("HOME", home.toString()), "--sandbox", "-C", dir.toString(), "provision", "--yes", "--no-bootstrap");
        assertThat(notBootstrappingLines(asked)).containsExactly(
                "Not bootstrapping (--no-bootstrap): run `cloudmaker bootstrap` to harden and configure the servers.");
    }

    @Test
    void localMachinesAreProvisionedWithoutThePrivateKeyAndTheOneLineSaysHowToBootstrap() throws Exception {
        Files.writeString(dir.resolve("cloud.json"), "{\"provider\": \"local\", \"servers\": {}}\n");
        Files.writeString(dir.resolve("security.json"), "{\"public_ssh_key\": \"" + Fixture.publicKey(15) + " me@here\"}\n");
        Files.setPosixFilePermissions(dir.resolve("security.json"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = Map.of("HOME", home.toString(), "CLOUDMAKER_LOCAL_HOME", home.resolve("local").toString());

        CliRun provision = CliRun.in(dir, env, "provision", "--yes");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(provision.out()).contains("Inventory written to cloudmaker_inventory.json.");
        assertThat(notBootstrappingLines(provision)).singleElement().asString()
                .startsWith("Not bootstrapping: no private key for security.json's public_ssh_key (ssh-ed25519, MD5 ")
                .contains("no ssh-agent is set (SSH_AUTH_SOCK)")
                .contains("To log in, give cloudmaker the private key in one of three ways: put it beside its public half in "
                        + home.resolve(".ssh"))
                .contains("set \"private_ssh_key_file\" in security.json", "load it into your ssh-agent with `ssh-add`")
                .endsWith("; then run `cloudmaker bootstrap`.");

        CliRun sync = CliRun.in(dir, env, "keys", "sync");
        assertThat(sync.exitCode()).as(sync.all()).isEqualTo(ExitCodes.ERROR);
        assertThat(sync.err()).contains("cloudmaker logs in to no server here (no private key for security.json's public_ssh_key",
                "private_ssh_key_file", "ssh-add");
    }

    @Test
    void anEncryptedKeyWithoutATerminalOrAnAgentIsSkippedWithTheAdviceToLoadItIntoTheAgent() throws Exception {
        Path key = home.resolve(".ssh").resolve("id_ed25519");
        Files.createDirectories(key.getParent());
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "canary-passphrase", "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(keygen.waitFor()).as(new String(keygen.getInputStream().readAllBytes())).isZero();
        Files.writeString(dir.resolve("cloud.json"), "{\"provider\": \"local\", \"servers\": {}}\n");
        Files.writeString(dir.resolve("security.json"), "{\"public_ssh_key\": \"" + Files.readString(key.resolveSibling("id_ed25519.pub")).strip() + "\"}\n");
        Files.setPosixFilePermissions(dir.resolve("security.json"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        CliRun provision = CliRun.in(dir, Map.of("HOME", home.toString(), "CLOUDMAKER_LOCAL_HOME", home.resolve("local").toString()),
                "provision", "--yes");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(notBootstrappingLines(provision)).containsExactly("Not bootstrapping: the private key id_ed25519 is protected by a passphrase,"
                + " and there is no terminal to ask for it on. To log in, load it into your ssh-agent (`ssh-add " + key
                + "`, with SSH_AUTH_SOCK set where cloudmaker runs), or run cloudmaker on a terminal to be asked for the passphrase;"
                + " then run `cloudmaker bootstrap`.");
        assertThat(provision.all()).doesNotContain("canary-passphrase");
    }

    private static java.util.List<String> notBootstrappingLines(CliRun run) {
        return run.all().lines().filter(l -> l.contains("ootstrapping")).toList();
    }
}
