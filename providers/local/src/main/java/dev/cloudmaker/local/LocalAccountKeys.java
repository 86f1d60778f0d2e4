package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Named;
import java.util.List;
import java.util.Optional;

/** The keys facet over this host's key registry ({@link LocalKeys}). */
final class LocalAccountKeys implements Keys {
    private final LocalKeys registry;

    LocalAccountKeys(LocalKeys registry) {
        this.registry = registry;
    }

    /**
     * The definition's key needs no registering: its line is its id, and it goes into each machine's
     * seed at creation. (Answering with a registered key's id instead would hand machines an id their
     * seed cannot turn back into a key.)
     */
    @Override
    public Optional<CloudKey> find(SshPublicKey key) {
        return Optional.of(new CloudKey(key.line(), "local", key.md5Fingerprint(), key.line(), null));
    }

    /** Registers the key in this host's key registry; what {@code keys add} does. */
    @Override
    public CloudKey create(Named name, SshPublicKey key) {
        return registry.create(CloudmakerTags.name(name), key);
    }

    // The host-wide key registry standing in for an account's keys: Namespace.keys and removeKey (the CLI's
    // keys list and keys remove) go through these, and LocalKeyContractTest holds them to the key contract.
    @Override
    public List<CloudKey> list() {
        return registry.list();
    }

    @Override
    public void delete(String keyId) {
        registry.delete(keyId);
    }
}
