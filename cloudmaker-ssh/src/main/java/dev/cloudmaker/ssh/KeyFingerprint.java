package dev.cloudmaker.ssh;

import dev.cloudmaker.core.model.SshPublicKey;
import java.util.Base64;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.digest.DigestUtils;

/**
 * The SHA-256 fingerprint of an OpenSSH public key, computed by sshd over the key blob, as {@code ssh-keygen -l} prints it.
 * The one place it is computed; the MD5 one is core's {@link SshPublicKey#md5Fingerprint()}.
 */
public final class KeyFingerprint {
    private KeyFingerprint() {
    }

    /** {@code SHA256:} and the unpadded base64 of the digest. */
    public static String sha256(SshPublicKey key) {
        try {
            return DigestUtils.getFingerPrint(BuiltinDigests.sha256, Base64.getDecoder().decode(key.base64()));
        } catch (Exception e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
