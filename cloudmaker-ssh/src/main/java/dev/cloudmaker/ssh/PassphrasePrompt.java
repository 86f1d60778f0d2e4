package dev.cloudmaker.ssh;

import dev.cloudmaker.core.Secret;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks a person for the passphrase of an encrypted private key. What it returns is used to decrypt the
 * key in memory and then dropped: never stored, logged or put in a message.
 */
@FunctionalInterface
public interface PassphrasePrompt {
    /** Nobody to ask (no terminal): an encrypted key then cannot be used, and the message says to load it into the agent. */
    PassphrasePrompt NOBODY = (file, attempt) -> Optional.empty();

    /**
     * @param attempt 0 the first time; more after a wrong passphrase
     * @return the passphrase, or empty when nobody can be asked
     */
    Optional<Secret> ask(Path file, int attempt);
}
