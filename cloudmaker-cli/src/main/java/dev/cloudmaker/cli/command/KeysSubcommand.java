package dev.cloudmaker.cli.command;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command under {@code keys}: works on the session's namespace; the session is closed whatever happens. */
abstract class KeysSubcommand implements Callable<Integer> {
    @ParentCommand
    KeysCommand keys;

    @Override
    public final Integer call() {
        try (Session session = keys.root.session()) {
            // the session owns the provider and closes it; the namespace only borrows it
            Namespace ns = Cloud.of(session.provider()).namespace(session.definition().namespace());
            return run(session, ns);
        }
    }

    abstract int run(Session session, Namespace ns);
}
