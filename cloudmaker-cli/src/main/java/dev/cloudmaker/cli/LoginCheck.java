package dev.cloudmaker.cli;

import dev.cloudmaker.ssh.NoLoginKeyException;
import java.util.Optional;

/**
 * Whether cloudmaker can log in to the definition's servers in this run, and if not why, in words a
 * command prints on one line: bootstrap turned off, an emulator's servers, or no private key for the
 * definition's key. Asking finds the key, so a passphrase is asked for here, before anything changes.
 */
public final class LoginCheck {
    private LoginCheck() {
    }

    /** Empty when cloudmaker can log in; else why not, and how to make it possible where there is a way. */
    public static Optional<String> whyNot(Session session) {
        if (!session.definition().bootstrap().enabled()) {
            return Optional.of("bootstrap is off in " + session.definition().file().getFileName()
                    + " (\"bootstrap\": {\"enabled\": false}), so no host keys are pinned");
        }
        if (!session.bootstrapEnabled()) {
            return Optional.of(session.options().sandbox() ? "the sandbox's servers are not machines anyone can log in to"
                    : "the API is an emulator on this host, whose servers are not machines anyone can log in to");
        }
        try {
            session.identity();
            return Optional.empty();
        } catch (NoLoginKeyException e) {
            return Optional.of(e.reason() + ". To log in, " + e.fix());
        }
    }

    /**
     * The one line a command that bootstraps after creating servers prints instead, or empty when it
     * bootstraps; {@code noBootstrap}: the user said not to.
     */
    public static Optional<String> bootstrapSkipped(Session session, boolean noBootstrap) {
        if (noBootstrap) {
            return Optional.of("Not bootstrapping (--no-bootstrap): run `cloudmaker bootstrap` to harden and configure the servers.");
        }
        return whyNot(session).map(why -> "Not bootstrapping: " + why
                + (session.bootstrapEnabled() ? "; then run `cloudmaker bootstrap`." : "."));
    }
}
