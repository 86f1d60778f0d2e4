package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.loader.openssh.OpenSSHKeyPairResourceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeyPairTest {
    @TempDir
    Path dir;

    @Test
    void rendersOpenSshPrivateKeyAndPublicLine() {
        HostKeyPair key = HostKeyPair.generate();

        String text = key.privateKeyText().reveal();
        assertThat(text).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n").endsWith("-----END OPENSSH PRIVATE KEY-----\n");
        assertThat(key.publicKeyLine()).startsWith("ssh-ed25519 AAAA").doesNotContain("\n");
        assertThat(SshPublicKey.parse(key.publicKeyLine()).type()).isEqualTo("ssh-ed25519");
        assertThat(key.fingerprint()).startsWith("SHA256:");
    }

    @Test
    void minasOpenSshParserReadsThePrivateKeyBack() throws Exception {
        HostKeyPair key = HostKeyPair.generate();

        List<KeyPair> pairs = List.copyOf(OpenSSHKeyPairResourceParser.INSTANCE.loadKeyPairs(
                null, NamedResource.ofName("host key"), null, key.privateKeyText().reveal()));

        assertThat(pairs).hasSize(1);
        assertThat(PublicKeyEntry.toString(pairs.get(0).getPublic())).isEqualTo(key.publicKeyLine());
        assertThat(HostKeyPair.fromPrivateKeyText(key.privateKeyText()).publicKeyLine()).isEqualTo(key.publicKeyLine());
    }

    @Test
    void sshKeygenDerivesTheSamePublicLineFromTheWrittenFile() throws Exception {
        OpenSsh.assumeInstalled("ssh-keygen");
        HostKeyPair key = HostKeyPair.generate();
        Path file = dir.resolve("ssh_host_ed25519_key");
        Files.writeString(file, key.privateKeyText().reveal());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        OpenSsh.Result derived = OpenSsh.run("ssh-keygen", "-y", "-f", file.toString());

        assertThat(derived.exitCode()).as(derived.output()).isZero();
        assertThat(derived.output().strip().split(" ")).startsWith(key.publicKeyLine().split(" "));
    }

    @Test
    void neverShowsThePrivateKey() {
        HostKeyPair key = HostKeyPair.generate();
        String body = key.privateKeyText().reveal().lines().skip(1).findFirst().orElseThrow();

        assertThat(key.toString()).contains(key.fingerprint()).doesNotContain(body).doesNotContain("PRIVATE");
        assertThat(key.privateKeyText().toString()).isEqualTo("[redacted]");
    }

    @Test
    void refusesTextThatIsNoPrivateKeyWithoutEchoingIt() {
        String garbage = "-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5\n-----END OPENSSH PRIVATE KEY-----\n";

        assertThatThrownBy(() -> HostKeyPair.fromPrivateKeyText(Secret.of(garbage)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an OpenSSH private key")
                .hasMessageNotContaining("bm90IGEga2V5");
    }
}
