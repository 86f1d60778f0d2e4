package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.SshPublicKey;
import java.util.List;
import java.util.Optional;

/** The SSH keys registered in an account. */
public interface Keys {
    /** The account's key holding this public key, whatever its name. */
    Optional<CloudKey> find(SshPublicKey key);

    /** Registers the key under the name the provider encodes from {@code name}; already registered is fine. */
    CloudKey create(Named name, SshPublicKey key);

    /** Every key in the account, each with its public key line and, for cloudmaker's own, its {@link Named}. */
    List<CloudKey> list();

    /** Deleting a key that is already gone is not an error; servers that have it keep it until `keys sync`. */
    void delete(String keyId);
}
