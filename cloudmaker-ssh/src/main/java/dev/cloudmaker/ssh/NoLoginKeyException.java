package dev.cloudmaker.ssh;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;

/**
 * cloudmaker has no way to sign as the definition's key here: no private key belongs to it, or the one
 * that does is encrypted and nobody can be asked for its passphrase. Commands that only talk to the cloud
 * go on without it; commands that log in fail with this message, which says how to give cloudmaker the key.
 */
public final class NoLoginKeyException extends ConfigException {
    private static final long serialVersionUID = 1L;

    public NoLoginKeyException(Diagnostic diagnostic) {
        super(diagnostic);
    }

    /** What is missing, without the place or the fix. */
    public String reason() {
        return diagnostics().getFirst().message();
    }

    /** How to give cloudmaker the key. */
    public String fix() {
        return diagnostics().getFirst().fix();
    }
}
