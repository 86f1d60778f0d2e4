package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.SigningKey;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.KeyFingerprint;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key is found as node-triton finds it: the file given, else the X in ~/.ssh whose X.pub key_id names. */
class TritonSigningKeysTest {
    @TempDir
    Path ssh;
    private Identity other;
    private Identity mine;

    @BeforeEach
    void keys() {
        other = IdentityFiles.generate(ssh.resolve("id_ed25519"));
        mine = IdentityFiles.generate(ssh.resolve("triton_key"));
    }

    @Test
    void theKeyInSshDirIsFoundByItsMd5FingerprintInEitherSpelling() {
        String md5 = mine.publicKey().md5Fingerprint();

        for (String keyId : new String[] {md5, "MD5:" + md5, md5.toUpperCase()}) {
            SigningKey key = TritonSigningKeys.locate("alice", keyId, Optional.empty(), ssh, null);
            assertThat(key.keyId()).as(keyId).isEqualTo("/alice/keys/" + md5);
        }
    }

    @Test
    void theKeyInSshDirIsFoundByItsSha256Fingerprint() {
        String sha256 = KeyFingerprint.sha256(mine.publicKey());

        SigningKey key = TritonSigningKeys.locate("alice", sha256, Optional.empty(), ssh, null);

        assertThat(key.keyId()).as("the wire keyId is always MD5").isEqualTo("/alice/keys/" + mine.publicKey().md5Fingerprint());
        assertThat(key.algorithm()).isEqualTo("ed25519-sha512");
    }

    @Test
    void noMatchingKeySaysWhatWasLookedForAndHowToPointAtTheFile() {
        assertThatThrownBy(() -> TritonSigningKeys.locate("alice", "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
                Optional.empty(), ssh, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff")
                .hasMessageContaining("private_key_file");
    }

    @Test
    void aKeyNameCannotBeMatchedToAFileWithoutPrivateKeyFile() {
        assertThatThrownBy(() -> TritonSigningKeys.locate("alice", "laptop", Optional.empty(), ssh, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("key name").hasMessageContaining("private_key_file");
    }

    @Test
    void aPrivateKeyFileThatIsNotTheKeyIdsKeyIsRefusedNamingBothFingerprints() {
        String otherMd5 = other.publicKey().md5Fingerprint();

        assertThatThrownBy(() -> TritonSigningKeys.locate("alice", otherMd5, mine.file(), ssh, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(mine.publicKey().md5Fingerprint())
                .hasMessageContaining(otherMd5);
    }

    @Test
    void aPrivateKeyFileWithAKeyNameAsKeyIdSignsAsItsFingerprint() {
        SigningKey key = TritonSigningKeys.locate("alice", "laptop", mine.file(), ssh, null);

        assertThat(key.keyId()).isEqualTo("/alice/keys/" + mine.publicKey().md5Fingerprint());
    }

    @Test
    void aKeyWithAPassphraseIsSentToTheSshAgentWithoutBeingRead() throws Exception {
        Path locked = ssh.resolve("id_locked");
        Files.writeString(locked, encryptedOpenSshKey());
        SshPublicKey pub = mine.publicKey();
        Files.writeString(ssh.resolve("id_locked.pub"), pub.line() + "\n");
        Files.delete(mine.file().orElseThrow());
        Files.delete(ssh.resolve("triton_key.pub"));

        assertThatThrownBy(() -> TritonSigningKeys.locate("alice", pub.md5Fingerprint(), Optional.empty(), ssh, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("passphrase")
                .hasMessageContaining("ssh-agent")
                .hasMessageContaining("ssh-add " + locked);
    }

    /** The head of an OpenSSH key file as ssh-keygen writes it with a passphrase: cipher aes256-ctr, kdf bcrypt. */
    private static String encryptedOpenSshKey() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
            for (String s : new String[] {"aes256-ctr", "bcrypt"}) {
                out.writeInt(s.length());
                out.write(s.getBytes(StandardCharsets.US_ASCII));
            }
            out.writeInt(24);
            out.write(new byte[24]);
        }
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(bytes.toByteArray())
                + "\n-----END OPENSSH PRIVATE KEY-----\n";
    }
}
