package dev.cloudmaker.core.config;

import dev.cloudmaker.core.model.SshPublicKey;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Checks that a public key's data is whole. {@link SshPublicKey#parse} checks the type it names,
 * but base64 cut short still decodes; every OpenSSH key blob is a run of length-prefixed fields
 * (type, then at least one key part) that fills the blob exactly, so a cut shows.
 */
final class SshKeyBlob {
    private SshKeyBlob() {
    }

    static boolean isWhole(SshPublicKey key) {
        ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(key.base64()));
        int fields = 0;
        while (blob.remaining() >= 4) {
            int length = blob.getInt();
            if (length < 0 || length > blob.remaining()) {
                return false;
            }
            blob.position(blob.position() + length);
            fields++;
        }
        return blob.remaining() == 0 && fields >= 2;
    }
}
