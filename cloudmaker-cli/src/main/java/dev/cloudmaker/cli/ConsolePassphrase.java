package dev.cloudmaker.cli;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.ssh.PassphrasePrompt;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Asks for a key's passphrase on the terminal, not echoed ({@link Console#readPassword}); without a
 * terminal nobody is asked, and the message then says to load the key into the ssh-agent.
 */
final class ConsolePassphrase implements PassphrasePrompt {
    @Override
    public Optional<Secret> ask(Path file, int attempt) {
        Console console = System.console();
        if (console == null || !Terminal.interactive()) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%sPassphrase for %s: ", attempt > 0 ? "Wrong passphrase. " : "", file);
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Secret.of(new String(typed)));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
