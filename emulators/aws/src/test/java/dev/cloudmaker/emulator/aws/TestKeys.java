package dev.cloudmaker.emulator.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * SSH keys made by {@code ssh-keygen}, and the fingerprints AWS shows for them worked out by other tools than the
 * emulator's code: {@code ssh-keygen -l} for Ed25519 (AWS pads the base64), {@code openssl} over the PKCS#8 export
 * for RSA.
 */
final class TestKeys {
    private TestKeys() {
    }

    /** A new key {@code home/id_TYPE} (and {@code .pub}); returns the private key's path. */
    static Path make(AwsClients clients, String type) {
        Path key = clients.home().resolve("id_" + type);
        clients.run(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "aws-emulator-test", "-f", key.toString()),
                Map.of()).ok();
        return key;
    }

    static Path ed25519(AwsClients clients) {
        return make(clients, "ed25519");
    }

    static String awsEd25519Fingerprint(AwsClients clients, Path key) {
        String line = clients.run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", key + ".pub"), Map.of()).ok().out();
        String b64 = line.split(" ")[1].substring("SHA256:".length());
        return b64 + "=".repeat((4 - b64.length() % 4) % 4);
    }

    static String awsRsaFingerprint(AwsClients clients, Path key) {
        String out = clients.run(List.of("sh", "-c", "ssh-keygen -e -m PKCS8 -f '" + key + ".pub' | openssl pkey -pubin "
                + "-outform DER | openssl md5 -c"), Map.of()).ok().out().trim();
        return out.substring(out.lastIndexOf(' ') + 1);
    }

    static String publicLine(Path key) {
        try {
            return Files.readString(Path.of(key + ".pub")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
