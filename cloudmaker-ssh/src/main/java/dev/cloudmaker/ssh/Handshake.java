package dev.cloudmaker.ssh;

import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Optional;

/**
 * What one login attempt's host key check found. It rides in the connection context rather than on
 * the session because MINA clears a session's attributes when it closes, which a refused key does.
 */
final class Handshake {
    private final HostKeyPolicy policy;
    private volatile String rejection;
    private volatile boolean keyAccepted;

    Handshake(HostKeyPolicy policy) {
        this.policy = policy;
    }

    boolean verify(SocketAddress remote, PublicKey serverKey) {
        Optional<String> why = policy.check(remote, serverKey);
        why.ifPresentOrElse(w -> rejection = w, () -> keyAccepted = true);
        return why.isEmpty();
    }

    Optional<String> rejection() {
        return Optional.ofNullable(rejection);
    }

    /** The server answered and showed the pinned key: what fails after this is not "still booting". */
    boolean keyAccepted() {
        return keyAccepted;
    }
}
