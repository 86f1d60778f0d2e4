package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsLoaderTest {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDJL6Wvk9wZU3NOAEqxTemRqxSf8m9wuhEk0yunvRZd7 fredy@acme.com";

    @TempDir
    Path dir;

    @Test
    void loadsTokenAndKeyFromTheFile() {
        Credentials c = TestProviderTypes.credentials(TestFiles.resource("valid/security.json"), Map.of("DIGITALOCEAN_TOKEN", "env"));

        assertThat(TestProviderTypes.token(c).reveal()).startsWith("dop_v1_0123");
        assertThat(TestProviderTypes.token(c).toString()).isEqualTo("[redacted]");
        assertThat(c.publicKey().type()).isEqualTo("ssh-ed25519");
        assertThat(c.publicKey().comment()).isEqualTo("fredy@acme.com");
    }

    @Test
    void theSeedExampleIsReadButItsMadeUpKeyIsRejected() {
        // the README's key "fr99bjr9...PDQ" is a placeholder, not base64 of a key; everything else in the file is accepted
        assertThatThrownBy(() -> TestProviderTypes.credentials(TestFiles.resource("seed/security.json"), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.pointer()).isEqualTo("/public_ssh_key")));
    }

    @Test
    void theSeedLayoutLoadsWithARealKey() {
        String seed = TestFiles.text("seed/security.json").replace("ssh-rsa fr99bjr9urugrbtthisisalsomadeupPDQ fredy@acme.com", KEY);
        Credentials c = TestProviderTypes.credentials(TestFiles.write(dir, "security.json", seed), Map.of());

        assertThat(TestProviderTypes.token(c).reveal()).isEqualTo("fjejhuiu9880hthisimadeup0845943unsff4utrjd");
    }

    @Test
    void takesTheTokenFromTheEnvironmentInOrder() {
        Path file = TestFiles.write(dir, "security.json", "{\"public_ssh_key\": \"" + KEY + "\"}");

        assertThat(TestProviderTypes.token(TestProviderTypes.credentials(file, Map.of("DIGITALOCEAN_TOKEN", "first", "DIGITALOCEAN_ACCESS_TOKEN", "second")))
                .reveal()).isEqualTo("first");
        assertThat(TestProviderTypes.token(TestProviderTypes.credentials(file, Map.of("DIGITALOCEAN_TOKEN", " ", "DIGITALOCEAN_ACCESS_TOKEN", "second")))
                .reveal()).isEqualTo("second");
    }

    @Test
    void aMissingTokenNamesAllThreePlaces() {
        Path file = TestFiles.write(dir, "security.json", "{\"public_ssh_key\": \"" + KEY + "\"}");

        assertThatThrownBy(() -> TestProviderTypes.credentials(file, Map.of()))
                .hasMessageContaining("digital_ocean_api_key")
                .hasMessageContaining("DIGITALOCEAN_TOKEN")
                .hasMessageContaining("DIGITALOCEAN_ACCESS_TOKEN");
    }

    @Test
    void warnsWhenOthersCanReadTheFile() throws IOException {
        Path file = TestFiles.write(dir, "security.json", "{}");
        assumeThat(file.getFileSystem().supportedFileAttributeViews()).contains("posix");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(CredentialsLoader.permissionWarnings(file)).singleElement()
                .satisfies(d -> assertThat(d.fix()).isEqualTo("chmod 600 security.json"));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(CredentialsLoader.permissionWarnings(file)).isEmpty();
    }
}
