package dev.cloudmaker.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Public key lines for tests. The blob is built by hand (type string + 32 key bytes, each
 * length-prefixed as in RFC 4253) because only the public half is ever needed and every test
 * wants a key no other test registered.
 */
public final class SshKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SshKeys() {
    }

    /** {@code ssh-ed25519 AAAA... comment}, with 32 fresh random key bytes. */
    public static String ed25519Line(String comment) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        writeString(blob, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
        writeString(blob, key);
        String line = "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray());
        return comment == null || comment.isBlank() ? line : line + " " + comment;
    }

    private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
