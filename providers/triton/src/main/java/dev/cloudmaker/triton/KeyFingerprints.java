package dev.cloudmaker.triton;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.ssh.KeyFingerprint;
import java.util.Locale;

/**
 * Whether a {@code key_id} names a public key, in the forms node-triton takes: the MD5 fingerprint
 * ({@code aa:bb:...}, also {@code MD5:aa:bb:...}) or the SHA256 one ({@code SHA256:base64}, as ssh-keygen prints it).
 * A key name is no fingerprint: it matches no file. The fingerprints themselves are core's MD5 and cloudmaker-ssh's
 * {@link KeyFingerprint}.
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
            return ("SHA256:" + id.substring(7).replaceAll("=+$", "")).equals(KeyFingerprint.sha256(key));
        }
        return md5(id).equals(key.md5Fingerprint());
    }

    private static String md5(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith("md5:") ? lower.substring(4) : lower;
    }
}
