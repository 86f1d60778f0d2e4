package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debian's boto3 (under /usr/bin/python3) runs a user's whole flow against the emulator; the answers must not drift. */
class Boto3IT {

    @TempDir
    Path home;

    @Test
    void aUsersScriptRunsGreenAndSeesEc2sAndRoute53sBehaviour() throws IOException {
        AwsClients.requireBoto3();
        try (AwsEmulator emulator = AwsEmulator.builder().start()) {
            AwsClients clients = new AwsClients(emulator, home);
            Path script = copy("aws/boto3_flow.py");
            Path key = TestKeys.ed25519(clients);
            var result = clients.run(List.of(AwsClients.PYTHON.toString(), script.toString(), key + ".pub"), Map.of()).ok();
            JsonNode out = EmulatorJson.MAPPER.readTree(result.out());

            assertThat(out.get("key_fingerprint").asText()).isEqualTo(TestKeys.awsEd25519Fingerprint(clients, key));
            assertThat(out.get("key_pair_id").asText()).startsWith("key-");
            assertThat(out.get("duplicate_key").asText()).isEqualTo("InvalidKeyPair.Duplicate");
            assertThat(out.get("missing_key").asText()).isEqualTo("InvalidKeyPair.NotFound");
            assertThat(out.get("debian_newest").asText()).isEqualTo("debian-12-amd64-20240717-1811");
            assertThat(out.get("debian_images")).hasSize(2);
            assertThat(out.get("duplicate_rule").asText()).isEqualTo("InvalidPermission.Duplicate");
            assertThat(out.get("group_ports").toString()).isEqualTo("[22,443]");

            assertThat(out.get("launch_state").toString()).isEqualTo("{\"Code\":0,\"Name\":\"pending\"}");
            assertThat(out.get("same_reservation").asBoolean()).isTrue();
            assertThat(out.get("same_instance").asBoolean()).isTrue();
            assertThat(out.get("token_mismatch").asText()).isEqualTo("IdempotentParameterMismatch");
            assertThat(out.get("by_tag").toString()).isEqualTo("[true]");
            assertThat(out.get("tags").get("cloudmaker:namespace").asText()).isEqualTo("flow");
            assertThat(new String(java.util.Base64.getDecoder().decode(out.get("user_data").asText())))
                    .isEqualTo("#!/bin/sh\necho hello\n");
            assertThat(out.get("status").asText()).isEqualTo("ok");
            assertThat(out.get("resize_running").asText()).isEqualTo("IncorrectInstanceState");
            assertThat(out.get("stop_answer").toString()).isEqualTo("[\"running\",\"stopping\"]");
            assertThat(out.get("type_after_resize").asText()).isEqualTo("t3.small");
            assertThat(out.get("new_public_ip").asBoolean()).isTrue();
            assertThat(out.get("own_images").toString()).isEqualTo("[\"flow-web-image\"]");
            assertThat(out.get("duplicate_image").asText()).isEqualTo("InvalidAMIName.Duplicate");
            assertThat(out.get("after_terminate").toString()).isEqualTo("{\"Code\":48,\"Name\":\"terminated\"}");
            assertThat(out.get("token_after_terminate").asBoolean()).isTrue();
            assertThat(out.get("missing_instance").asText()).isEqualTo("InvalidInstanceID.NotFound");

            assertThat(out.get("zone_name").asText()).isEqualTo("flow.example.");
            assertThat(out.get("zone_again").asText()).isEqualTo("HostedZoneAlreadyExists");
            assertThat(out.get("change_status").asText()).isEqualTo("PENDING");
            assertThat(out.get("change_later").asText()).isEqualTo("INSYNC");
            assertThat(out.get("bad_batch").asText()).isEqualTo("InvalidChangeBatch");
            assertThat(out.get("records").toString()).isEqualTo(
                    "[[\"web.flow.example.\",\"A\",[\"203.0.113.10\"]],[\"web.flow.example.\",\"AAAA\",[\"2001:db8::10\"]]]");
            assertThat(out.get("zones_by_name").toString()).isEqualTo("[\"flow.example.\"]");
            assertThat(emulator.account().servers()).hasSize(1);
        }
    }

    private Path copy(String resource) throws IOException {
        Path target = home.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
