package dev.cloudmaker.emulator.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's openstacksdk (0.101) drives the emulator as its users do: connect through clouds.yaml, list flavors,
 * images and networks, a key pair, {@code create_server(wait=True)} with user-data, tags and metadata, stop and
 * start, {@code create_image_snapshot(wait=True)}, {@code delete_server(wait=True)}, and a Designate zone with a
 * record set. The SDK's own checks (addresses on ACTIVE, version discovery, list wrappers) fail the run when the
 * emulator's answers drift from OpenStack's.
 */
class OpenStackSdkIT {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAxHkTQ4n9b8o0m7Dc1G3w7U3oUQbN7vHtS0UMbbVc1t sdk@test\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void sdkInstalled() {
        ClientRun.requirePython("openstack", "python3-openstacksdk");
    }

    @Test
    void theSdksJourneyFromKeyPairToDnsRecordRunsGreen() throws IOException {
        try (OpenStackFixture fixture = OpenStackFixture.start(b -> b.bootDelay(Duration.ofMillis(500))
                .actionDuration(Duration.ofMillis(300)).dnsDelay(Duration.ofMillis(200)))) {
            Path script = dir.resolve("sdk_journey.py");
            try (InputStream in = getClass().getResourceAsStream("/openstack/sdk_journey.py")) {
                Files.copy(in, script);
            }
            Path key = Files.writeString(dir.resolve("id.pub"), KEY);
            ClientRun run = ClientRun.run(List.of(ClientRun.PYTHON.toString(), script.toString(), key.toString()),
                    fixture.clientEnvironment(fixture.cloudsYaml(dir), dir), dir);
            JsonNode seen = EmulatorJson.MAPPER.readTree(run.succeeded());

            assertThat(seen.get("flavors").toString()).contains("m1.small", "m1.tiny");
            assertThat(seen.get("images").toString()).contains("debian-12", "ubuntu-24.04");
            assertThat(seen.get("external").toString()).isEqualTo("[\"public\"]");
            assertThat(seen.at("/keypair/fingerprint").asText()).isEqualTo(SshPublicKey.parse(KEY.strip()).md5Fingerprint());
            assertThat(seen.at("/created/status").asText()).isEqualTo("ACTIVE");
            assertThat(seen.at("/created/public_v4").asText()).matches("(203\\.0\\.113|198\\.51\\.100)\\.\\d+");
            assertThat(seen.at("/created/public_v6").asText()).startsWith("2001:db8:");
            assertThat(seen.at("/created/flavor").asText()).isEqualTo("m1.small");
            assertThat(seen.get("tag_put").toString()).isEqualTo("[201,201,204]");
            assertThat(seen.get("tags").toString()).isEqualTo("[\"cloudmaker-ns-test\",\"role-web\"]");
            assertThat(seen.get("metadata").toString()).isEqualTo("{\"cloudmaker\":\"test\",\"extra\":\"yes\"}");
            assertThat(seen.get("listed").toString()).isEqualTo("[\"sdk-1\"]");
            assertThat(seen.get("stopped").asText()).isEqualTo("SHUTOFF");
            assertThat(seen.get("started").asText()).isEqualTo("ACTIVE");
            assertThat(seen.at("/snapshot/status").asText()).isEqualTo("active");
            assertThat(seen.get("deleted").asBoolean()).isTrue();
            assertThat(seen.get("after_delete")).isEmpty();
            assertThat(seen.at("/zone/name").asText()).isEqualTo("example.org.");
            assertThat(seen.at("/recordset/records").toString()).isEqualTo("[\"203.0.113.10\"]");
            assertThat(seen.get("recordsets").toString()).contains("[\"www.example.org.\",\"A\"]",
                    "[\"example.org.\",\"SOA\"]", "[\"example.org.\",\"NS\"]");
            assertThat(seen.get("keypairs").toString()).isEqualTo("[\"sdk-key\"]");
            // what the SDK did shows in the project itself
            assertThat(fixture.emulator().account().servers()).isEmpty();
            assertThat(fixture.emulator().account().keys()).isEmpty();
        }
    }
}
