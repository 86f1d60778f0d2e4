package dev.cloudmaker.triton;

import dev.cloudmaker.core.model.SshPublicKey;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * Whether a {@code key_id} names a public key, in the forms node-triton takes: the MD5 fingerprint
 * ({@code aa:bb:...}, also {@code MD5:aa:bb:...}) or the SHA256 one ({@code SHA256:base64}, as ssh-keygen prints it).
 * A key name is no fingerprint: it matches no file.
 */
final class KeyFingerprints {
    private KeyFingerprints() {
    }

    static boolean isFingerprint(String keyId) {
        String id = keyId.trim();
        return id.regionMatches(true, 0, "SHA256:", 0, 7) || md5(id).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
    }

    static boolean names(String keyId, SshPublicKey key) {
        String id = keyId.trim();
        if (id.regionMatches(true, 0, "SHA256:", 0, 7)) {
            return id.substring(7).replaceAll("=+$", "").equals(sha256(key));
        }
        return md5(id).equals(key.md5Fingerprint());
    }

    /** {@code SHA256:...} without the prefix and padding, as ssh-keygen -l prints it. */
    static String sha256(SshPublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(key.base64()));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String md5(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith("md5:") ? lower.substring(4) : lower;
    }
}
