package dev.cloudmaker.triton;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Whether a private key file is protected by a passphrase: a PEM key says {@code ENCRYPTED}; an OpenSSH key names
 * a cipher other than {@code none}. Told apart before loading, so the message can point at the ssh-agent.
 */
final class EncryptedKeys {
    private static final String OPENSSH_BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
    private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

    private EncryptedKeys() {
    }

    static boolean isEncrypted(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return false; // loading it says what is wrong
        }
        if (!text.contains(OPENSSH_BEGIN)) {
            return text.contains("ENCRYPTED");
        }
        try {
            String body = text.substring(text.indexOf(OPENSSH_BEGIN) + OPENSSH_BEGIN.length(), text.indexOf("-----END"))
                    .replaceAll("\\s", "");
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(body));
            bytes.position(MAGIC.length);
            byte[] cipher = new byte[bytes.getInt()];
            bytes.get(cipher);
            return !new String(cipher, StandardCharsets.US_ASCII).equals("none");
        } catch (RuntimeException damaged) {
            return false;
        }
    }
}
