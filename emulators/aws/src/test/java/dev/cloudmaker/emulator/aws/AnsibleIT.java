package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's Ansible with its amazon.aws collection runs playbooks as users write them against the emulator:
 * {@code ec2_key}, {@code ec2_ami_info}, {@code ec2_instance}, {@code route53_zone} and {@code route53}; the same
 * playbook run again changes nothing, then the server is stopped, started (its name following the new address) and
 * removed.
 */
class AnsibleIT {

    @TempDir
    Path home;

    @Test
    void playbooksRunGreenAndASecondRunChangesNothing() throws IOException {
        AwsClients.requireAnsible();
        try (AwsEmulator emulator = AwsEmulator.builder().start()) {
            AwsClients clients = new AwsClients(emulator, home);
            Path key = TestKeys.ed25519(clients);
            Path present = copy("aws/ansible_present.yml");
            Path lifecycle = copy("aws/ansible_lifecycle.yml");

            JsonNode first = playbook(clients, present, key);
            assertThat(changed(first)).isPositive();
            EmulatedServer web = emulator.account().servers().getFirst();
            assertThat(web.name()).isEqualTo("ansible-web");
            assertThat(web.status()).isEqualTo("running");
            assertThat(web.tags()).contains("role=web");
            assertThat(records(emulator)).containsExactly(web.publicIpv4());

            JsonNode second = playbook(clients, present, key);
            assertThat(changed(second)).as(second.toString()).isZero();
            assertThat(emulator.account().servers()).hasSize(1);

            JsonNode third = playbook(clients, lifecycle, key);
            assertThat(changed(third)).isPositive();
            EmulatedServer gone = emulator.account().servers().getFirst();
            assertThat(gone.status()).isEqualTo("terminated");
            assertThat(records(emulator)).hasSize(1).doesNotContain(web.publicIpv4());
        }
    }

    private static List<String> records(AwsEmulator emulator) {
        return emulator.account().records("ansible.example").stream().filter(r -> r.type().equals("A"))
                .map(EmulatedRecord::data).toList();
    }

    private JsonNode playbook(AwsClients clients, Path playbook, Path key) throws IOException {
        Map<String, String> env = Map.of("ANSIBLE_STDOUT_CALLBACK", "json", "ANSIBLE_LOCAL_TEMP",
                home.resolve("ansible-tmp").toString(), "ANSIBLE_HOME", home.resolve("ansible").toString(),
                "ANSIBLE_COLLECTIONS_PATH", "/usr/lib/python3/dist-packages", "ANSIBLE_NOCOLOR", "1",
                "ANSIBLE_PYTHON_INTERPRETER", AwsClients.PYTHON.toString());
        var result = clients.run(List.of(AwsClients.ANSIBLE_PLAYBOOK.toString(), "-i", "localhost,", "-e",
                "key_file=" + key + ".pub", playbook.toString()), env);
        JsonNode out = EmulatorJson.MAPPER.readTree(result.out());
        if (result.exit() != 0) {
            throw new AssertionError("ansible-playbook failed:\n" + out.toPrettyString() + "\n" + result.err());
        }
        return out;
    }

    private static int changed(JsonNode run) {
        return run.at("/stats/localhost/changed").asInt(-1);
    }

    private Path copy(String resource) throws IOException {
        Path target = home.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
