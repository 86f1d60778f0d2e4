package dev.cloudmaker.cli.command;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.state.Lease;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command under {@code keys}: works on the session's namespace; the session is closed whatever happens. */
abstract class KeysSubcommand implements Callable<Integer> {
    @ParentCommand
    KeysCommand keys;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Session session = keys.root.session(); Lease lock = session.lockFor(Commands.typed(spec))) {
            // the session owns the provider and closes it; the namespace only borrows it
            return RecordedRun.call(session, lock, () -> run(session, session.namespace()));
        }
    }

    abstract int run(Session session, Namespace ns);
}
