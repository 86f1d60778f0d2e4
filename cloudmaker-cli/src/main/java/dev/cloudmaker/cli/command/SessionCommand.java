package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.CloudmakerCommand;
import dev.cloudmaker.cli.Session;
import java.util.concurrent.Callable;
import dev.cloudmaker.core.engine.WorkspaceLock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on a definition directory; the session is closed and the lock released whatever happens. */
abstract class SessionCommand implements Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Session session = root.session(); WorkspaceLock lock = session.lockFor(Commands.typed(spec))) {
            return run(session);
        }
    }

    abstract int run(Session session);
}
