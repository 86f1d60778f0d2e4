package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.testkit.SshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityFilesTest {
    @TempDir
    Path dir;

    @Test
    void generatesAKeyPairWithTheRightModesAndLoadsItBack() throws Exception {
        Path file = dir.resolve("keys/workspace_ed25519");

        Identity made = IdentityFiles.generate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Path pub = dir.resolve("keys/workspace_ed25519.pub");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pub))).isEqualTo("rw-r--r--");
        SshPublicKey written = SshPublicKey.parse(Files.readString(pub));
        assertThat(made.matches(written)).isTrue();
        assertThat(written.type()).isEqualTo("ssh-ed25519");

        Identity loaded = IdentityFiles.load(file);
        assertThat(loaded.requireMatches(written)).isSameAs(loaded);
        assertThat(loaded.fingerprint()).isEqualTo(made.fingerprint());
        assertThat(loaded.toString()).contains(file.toString(), made.fingerprint()).doesNotContain("PRIVATE");
        assertThat(dir.resolve("keys")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void openSshAcceptsTheGeneratedPrivateKey() {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path file = dir.resolve("id");
        Identity made = IdentityFiles.generate(file);

        OpenSsh.Result derived = OpenSsh.run("ssh-keygen", "-y", "-f", file.toString());

        assertThat(derived.exitCode()).as(derived.output()).isZero();
        assertThat(made.matches(SshPublicKey.parse(derived.output()))).isTrue();
    }

    @Test
    void neverOverwritesAKey() throws Exception {
        Path file = dir.resolve("id_ed25519");
        Files.writeString(file, "precious");

        assertThatThrownBy(() -> IdentityFiles.generate(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not overwrite");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void aDifferentPublicKeyIsACleanError() {
        Path file = dir.resolve("id_ed25519");
        Identity identity = IdentityFiles.generate(file);
        SshPublicKey other = SshPublicKey.parse(SshKeys.ed25519Line("someone-else"));

        assertThatThrownBy(() -> identity.requireMatches(other))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(identity.fingerprint())
                .hasMessageContaining(other.md5Fingerprint())
                .hasMessageContaining("public_ssh_key")
                .hasMessageContaining("Fix:");
    }

    @Test
    void anEncryptedKeyWithNobodyToAskSaysToLoadItIntoTheAgent() {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path file = dir.resolve("id_ed25519");
        OpenSsh.Result made = OpenSsh.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "secret-pass", "-f", file.toString());
        assertThat(made.exitCode()).as(made.output()).isZero();

        assertThatThrownBy(() -> IdentityFiles.load(file))
                .isInstanceOf(NoLoginKeyException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("the private key id_ed25519 is protected by a passphrase, and there is no terminal to ask for it on")
                .hasMessageContaining("`ssh-add " + file + "`")
                .hasMessageNotContaining("secret-pass");
    }

    @ParameterizedTest
    @CsvSource({"ed25519,RFC4716", "ecdsa,RFC4716", "rsa,RFC4716", "rsa,PEM", "ecdsa,PEM"}) // RFC4716: OpenSSH's own format
    void loadsKeysMadeBySshKeygen(String type, String format) {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path file = dir.resolve("id_" + type);
        OpenSsh.Result made = OpenSsh.run("ssh-keygen", "-q", "-t", type, "-N", "", "-m", format, "-f", file.toString());
        assertThat(made.exitCode()).as(made.output()).isZero();
        SshPublicKey pub = SshPublicKey.parse(readUnchecked(dir.resolve("id_" + type + ".pub")));

        assertThat(IdentityFiles.load(file).requireMatches(pub).file()).contains(file);
    }

    @Test
    void aPublicKeyFileOrAMissingFileIsNamedWithTheFix() throws Exception {
        Path pub = dir.resolve("id_ed25519.pub");
        Files.writeString(pub, SshKeys.ed25519Line("me"));

        assertThatThrownBy(() -> IdentityFiles.load(pub))
                .hasMessageContaining(pub.toString()).hasMessageContaining("this is a public key").hasMessageContaining("without .pub");
        assertThatThrownBy(() -> IdentityFiles.load(dir.resolve("nope")))
                .hasMessageContaining("nope").hasMessageContaining("no such private key file");
        Path junk = dir.resolve("junk");
        Files.writeString(junk, "hello");
        assertThatThrownBy(() -> IdentityFiles.load(junk)).hasMessageContaining("not a private key cloudmaker can read");
    }

    @Test
    void findsTheDefaultKeyThatBelongsToThePublicKey() throws Exception {
        Identity other = IdentityFiles.generate(dir.resolve("id_ed25519"));
        Identity mine = IdentityFiles.generate(dir.resolve("id_rsa")); // the name does not decide, the key does
        Files.delete(dir.resolve("id_rsa.pub")); // judged by the private key then

        assertThat(IdentityFiles.find(mine.publicKey(), dir)).hasValueSatisfying(i -> assertThat(i.file()).contains(dir.resolve("id_rsa")));
        assertThat(IdentityFiles.find(other.publicKey(), dir)).hasValueSatisfying(i -> assertThat(i.file()).contains(dir.resolve("id_ed25519")));
    }

    @Test
    void aMatchingButEncryptedDefaultKeyIsReportedNotSkipped() {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path file = dir.resolve("id_ecdsa");
        OpenSsh.run("ssh-keygen", "-q", "-t", "ecdsa", "-N", "secret-pass", "-f", file.toString());
        SshPublicKey pub = SshPublicKey.parse(readUnchecked(dir.resolve("id_ecdsa.pub")));

        assertThatThrownBy(() -> IdentityFiles.find(pub, dir))
                .hasMessageContaining(file.toString()).hasMessageContaining("passphrase");
    }

    private static String readUnchecked(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
