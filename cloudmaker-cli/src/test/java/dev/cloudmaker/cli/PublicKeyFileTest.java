package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void aPubFileAsSshKeygenWritesItIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("id_ed25519.pub"), Fixture.publicKey(1) + " me@host\n");

        assertThat(PublicKeyFile.read(file).line()).isEqualTo(Fixture.publicKey(1) + " me@host");
    }

    @Test
    void eachProblemNamesTheFileWhatIsWrongAndTheFix() throws Exception {
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("empty.pub"), "\n# only a comment\n");
        Files.writeString(dir.resolve("two.pub"), Fixture.publicKey(1) + "\n" + Fixture.publicKey(2) + "\n");
        Files.writeString(dir.resolve("cut.pub"), Fixture.publicKey(1).substring(0, 40) + "\n");
        Files.writeString(dir.resolve("id_rsa"), "-----BEGIN RSA PRIVATE KEY-----\nMIIEsecret\n-----END RSA PRIVATE KEY-----\n");

        assertProblem("missing.pub", "missing.pub: no such file. Fix: give the public half, e.g. ~/.ssh/id_ed25519.pub");
        assertProblem("folder", "folder: is a directory, not a key file");
        assertProblem("empty.pub", "empty.pub: is empty");
        assertProblem("two.pub", "two.pub: holds 2 lines, not one key. Fix: put each key in a file of its own");
        assertProblem("cut.pub", "cut.pub: is not an OpenSSH public key: the key data");
        assertProblem("id_rsa", "id_rsa: holds a private key, which must never leave your machine. Fix: give its public half instead: "
                + dir.resolve("id_rsa") + ".pub");
    }

    private void assertProblem(String name, String expected) {
        assertThatThrownBy(() -> PublicKeyFile.read(dir.resolve(name))).isInstanceOfSatisfying(ConfigException.class, e -> {
            String formatted = e.diagnostics().getFirst().format();
            assertThat(formatted).contains(expected).doesNotContain("MIIEsecret");
        });
    }
}
