package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.ssh.HostKeyPair;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.firstboot.CloudInitFirstBoot;
import dev.cloudmaker.ssh.firstboot.HostKeyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first boot reaches the machine as its image reads it: the machine's metadata, read back from CloudAPI, holds
 * the host key cloudmaker pinned before the create and the admin user's key, so the first login is pinned; a SmartOS
 * zone, which has no cloud-init, runs a shell script as {@code user-script} and refuses cloud-config before a create.
 */
class FirstBootMetadataIT {
    @TempDir
    Path dir;

    @Test
    void aCloudInitImageGetsThePinnedHostKeyAndTheAdminKeyInItsMetadata() {
        FileStateStore state = new FileStateStore(new Workspace(dir));
        HostKeyStore hostKeys = new HostKeyStore(state.hostKeys("shop"));
        KnownHostsFile pins = state.pins();
        SshPublicKey admin = IdentityFiles.generate(dir.resolve("admin")).publicKey();
        String userData = new CloudInitFirstBoot(hostKeys, pins, BootstrapSettings.defaults(), admin)
                .userData("web1", "#!/bin/sh\necho mine\n");

        try (TritonAccount account = TritonAccount.start(); Provider provider = account.provider()) {
            CloudServer made = provider.servers().create(TritonAccount.smallServer("web1").toBuilder().namespace("shop")
                    .userData(userData).build());

            JsonNode metadata = metadataOf(account, made.id());
            HostKeyPair hostKey = hostKeys.find("web1").orElseThrow();
            assertThat(pins.lookup("web1")).hasValueSatisfying(pin -> assertThat(hostKey.publicKeyLine()).startsWith(pin.key().line()));
            assertThat(metadata.path("cloud-init:user-data").asText())
                    .contains("ed25519_public: " + hostKey.publicKeyLine())
                    .contains("- \"" + admin.line() + "\"")
                    .contains("echo mine");
            assertThat(metadata.path("root_authorized_keys").asText()).contains(account.publicKey().base64());
            assertThat(metadata.has("user-script")).isFalse();
        }
    }

    @Test
    void aSmartOsZoneRunsAShellScriptAsUserScriptAndRefusesCloudConfigBeforeACreate() {
        try (TritonAccount account = TritonAccount.start(); Provider provider = account.provider()) {
            CloudServer made = provider.servers().create(TritonAccount.smallServer("zone1").toBuilder()
                    .image("base-64-lts").userData("#!/bin/sh\necho zone\n").build());
            assertThat(metadataOf(account, made.id()).path("user-script").asText()).isEqualTo("#!/bin/sh\necho zone\n");

            assertThatThrownBy(() -> provider.servers().create(TritonAccount.smallServer("zone2").toBuilder()
                    .image("base-64-lts").userData("#cloud-config\n").build()))
                    .isInstanceOf(CloudmakerException.class)
                    .hasMessageContaining("image base-64-lts@22.4.0 is a SmartOS zone")
                    .hasMessageContaining("no cloud-init");
            assertThat(provider.servers().listAll()).extracting(CloudServer::name).containsExactly("zone1");
        }
    }

    /** ListMachineMetadata, signed with the account's key as the provider signs. */
    private static JsonNode metadataOf(TritonAccount account, String machineId) {
        var key = IdentityFiles.load(account.privateKeyFile()).signer("/alice/keys/" + account.publicKey().md5Fingerprint());
        var client = TritonProviderFactory.client(account.emulator().baseUrl(), key, Duration.ofSeconds(10),
                TritonProviderFactory.pacer(Clock.systemUTC(), Sleeper.SYSTEM), RetrySettings.defaults(), Clock.systemUTC());
        try (client) {
            return new CloudApi(client, TritonAccount.LOGIN).get("/machines/" + machineId + "/metadata", JsonNode.class);
        }
    }
}
