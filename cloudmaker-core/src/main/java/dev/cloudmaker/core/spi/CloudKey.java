package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.SshPublicKey;

/**
 * An SSH key registered in the account: the provider's id, its name there, a fingerprint for display,
 * the OpenSSH public key line (what goes into authorized_keys), and, when cloudmaker registered it for a
 * namespace, that {@link Named} (decoded by the provider; null otherwise).
 */
public record CloudKey(String id, String name, String fingerprint, String publicKey, Named named) {
    /** Whether this is {@code key}: the same public-key blob, whatever the comment or fingerprint format. */
    public boolean holds(SshPublicKey key) {
        return key.sameKey(publicKey);
    }
}
