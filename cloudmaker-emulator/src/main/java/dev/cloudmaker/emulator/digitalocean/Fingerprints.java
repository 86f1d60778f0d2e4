package dev.cloudmaker.emulator.digitalocean;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** SSH public key checks and the MD5 fingerprint DigitalOcean identifies keys by. */
final class Fingerprints {
    static final List<String> KEY_TYPES = List.of("ssh-rsa", "ssh-ed25519", "ssh-dss", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
            "sk-ecdsa-sha2-nistp256@openssh.com");

    private Fingerprints() {
    }

    /** MD5 of the decoded key blob as {@code aa:bb:...}; throws IllegalArgumentException for a malformed key. */
    static String md5(String publicKey) {
        byte[] blob = blob(publicKey);
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(blob);
            return HexFormat.ofDelimiter(":").formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] blob(String publicKey) {
        String[] parts = publicKey == null ? new String[0] : publicKey.trim().split("\\s+");
        if (parts.length < 2 || !KEY_TYPES.contains(parts[0])) {
            throw new IllegalArgumentException("expected `type key [comment]` with a known key type");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key is not valid base64");
        }
        // the blob starts with its own type name, length-prefixed; a mismatch means a pasted-together key
        ByteBuffer buf = ByteBuffer.wrap(blob);
        if (blob.length < 4) {
            throw new IllegalArgumentException("the key blob is too short");
        }
        int len = buf.getInt();
        if (len <= 0 || len > blob.length - 4
                || !new String(blob, 4, len, StandardCharsets.US_ASCII).equals(parts[0])) {
            throw new IllegalArgumentException("the key blob does not match its type " + parts[0]);
        }
        return blob;
    }
}
