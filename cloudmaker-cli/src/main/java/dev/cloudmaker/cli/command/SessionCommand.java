package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.CloudmakerCommand;
import dev.cloudmaker.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command that works on a definition directory; the session is closed whatever happens. */
abstract class SessionCommand implements Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Override
    public final Integer call() {
        try (Session session = root.session()) {
            return run(session);
        }
    }

    abstract int run(Session session);
}
