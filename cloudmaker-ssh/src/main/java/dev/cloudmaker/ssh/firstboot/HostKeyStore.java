package dev.cloudmaker.ssh.firstboot;

import dev.cloudmaker.core.state.HostKeys;
import dev.cloudmaker.ssh.HostKeyPair;
import java.util.Optional;

/**
 * The host key pairs cloudmaker made for a namespace's servers, kept in the state store's
 * {@link HostKeys}. A server keeps its key across create retries, so a create whose answer was lost
 * and that is found later still has the key pinned for it; destroying the server forgets the key.
 */
public final class HostKeyStore {
    private final HostKeys keys;

    public HostKeyStore(HostKeys keys) {
        this.keys = keys;
    }

    public Optional<HostKeyPair> find(String server) {
        return keys.load(server).map(HostKeyPair::fromPrivateKeyText);
    }

    /** The server's key, generated and saved on first use. */
    public synchronized HostKeyPair forServer(String server) {
        return find(server).orElseGet(() -> {
            HostKeyPair pair = HostKeyPair.generate();
            keys.store(server, pair.privateKeyText());
            return pair;
        });
    }

    public void forget(String server) {
        keys.remove(server);
    }
}
