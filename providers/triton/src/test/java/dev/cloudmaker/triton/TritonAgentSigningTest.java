package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.ssh.KeyFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests signed by a real ssh-agent, with no private key file anywhere: the emulator verifies each signature as
 * CloudAPI does, for every key type node-triton signs with. The agent also holds a key of another type, so key_id
 * must pick the right one.
 */
class TritonAgentSigningTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"rsa, 2048, rsa-sha256", "ecdsa, 256, ecdsa-sha256", "ecdsa, 384, ecdsa-sha384", "ecdsa, 521, ecdsa-sha512",
            "ed25519, 0, ed25519-sha512"})
    void theAgentsKeySignsRequestsTheEmulatorVerifies(String type, int bits, String algorithm) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/.ssh")).getParent();
        try (SshAgent agent = SshAgent.started(dir)) {
            agent.addNewKey(dir.resolve("decoy"), type.equals("ed25519") ? "rsa" : "ed25519", 0);
            Path file = agent.addNewKey(dir.resolve("mine"), type, bits);
            SshPublicKey key = SshPublicKey.parse(Files.readString(dir.resolve("mine.pub")));
            Files.delete(file); // only the agent has the private half now
            Files.delete(dir.resolve("decoy"));

            try (TritonEmulator emulator = TritonEmulator.builder().port(0).account("alice").key("laptop", key.line()).start();
                 Provider provider = new TritonProviderFactory().create(settings(emulator, home, agent.socket(),
                         KeyFingerprint.sha256(key)))) {
                assertThat(provider.keys().list()).extracting(CloudKey::fingerprint).contains(key.md5Fingerprint());
            }
            assertThat(TritonSigningKeys.locate("alice", key.md5Fingerprint(), java.util.Optional.empty(), home.resolve(".ssh"),
                    agent.socket()).algorithm()).isEqualTo(algorithm);
        }
    }

    private static ProviderSettings settings(TritonEmulator emulator, Path home, Path agentSocket, String keyId) {
        return new ProviderSettings("dc1", Map.of(TritonProviderFactory.URL, emulator.baseUrl().toString(),
                TritonProviderFactory.ACCOUNT, "alice"),
                new ProviderCredentials(Map.of(TritonProviderFactory.KEY_ID, Secret.of(keyId))), Duration.ofSeconds(10),
                Map.of("HOME", home.toString(), "SSH_AUTH_SOCK", agentSocket.toString()), notice -> { });
    }
}
