package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.CloudmakerCommand;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.state.Lease;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on a definition directory; the session is closed and the lock released whatever
 * happens, and a run that held the lock is recorded in the run history. One that {@link ChangesServers}
 * writes the inventory again once it has run.
 */
abstract class SessionCommand implements Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        checkArguments();
        try (Session session = root.session(); Lease lock = session.lockFor(Commands.typed(spec))) {
            return RecordedRun.call(session, lock, () -> runThenRefresh(session));
        }
    }

    /** A command that changed servers leaves the inventory current, even when it failed part way. */
    private int runThenRefresh(Session session) {
        if (!(this instanceof ChangesServers)) {
            return run(session);
        }
        try {
            return run(session);
        } finally {
            InventoryRefresh.after(session);
        }
    }

    /** Checks what picocli cannot (which arguments go together), before anything is opened or locked. */
    void checkArguments() {
    }

    abstract int run(Session session);
}
