package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Asks before changing the cloud; only "yes" goes ahead. Without a terminal (CI, pipes) nobody can
 * answer, so it is "no" at once instead of waiting on input that never comes.
 */
final class Confirm {
    private Confirm() {
    }

    static boolean ask(Session session, String question) {
        if (!dev.cloudmaker.cli.Terminal.interactive()) {
            session.err().println("No terminal to ask on.");
            return false;
        }
        session.out().print(question + " Only 'yes' is accepted: ");
        session.out().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.trim().equals("yes");
        } catch (IOException e) {
            return false;
        }
    }
}
