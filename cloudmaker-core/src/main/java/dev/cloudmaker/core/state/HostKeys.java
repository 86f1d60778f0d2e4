package dev.cloudmaker.core.state;

import dev.cloudmaker.core.Secret;
import java.util.Optional;

/**
 * The host keys cloudmaker made for a namespace's servers before creating them, as OpenSSH private
 * key text (whose public half is pinned). A server keeps its key across create retries; destroying
 * it forgets the key. The text is a secret: a store outside the user's own files must encrypt it.
 */
public interface HostKeys {

    Optional<Secret> load(String server);

    void store(String server, Secret privateKeyText);

    void remove(String server);
}
