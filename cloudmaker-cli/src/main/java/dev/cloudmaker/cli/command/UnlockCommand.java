package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.CloudmakerCommand;
import dev.cloudmaker.cli.CommandFailure;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.output.ErrorKind;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.LockHolder;
import dev.cloudmaker.core.state.LockStatus;
import dev.cloudmaker.core.state.StateStore;
import dev.cloudmaker.core.state.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = {"Show who holds the definition's lock (.cloudmaker/lock), and clear a stale one.",
                "A run that died leaves its lock free, and the next run takes it over by itself. A lock still held "
                + "by a run on another host (over NFS) cannot be checked: with --force, after you made sure that run "
                + "is gone, it is removed. A live run on this host is never unlocked: stop it first."})
public final class UnlockCommand implements Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Option(names = "--force", description = "Remove a lock that is still held, by a run you know has ended (another host's).")
    boolean force;

    @Override
    public Integer call() {
        try (Session session = root.session()) {
            Workspace ws = session.workspace();
            StateStore state = session.state();
            LockStatus status = state.lockStatus();
            Instant now = Instant.now();
            if (!status.held()) {
                if (status.holder().isEmpty()) {
                    session.out().println("No run holds the lock on " + ws.dir() + ".");
                } else {
                    // taking the free lock and releasing it clears the holder it names
                    try (Lease lock = state.lock("cloudmaker unlock", Duration.ZERO, n -> { })) {
                        session.out().println("Cleared a stale lock: " + status.holder().get().describe(now) + " ended without releasing it.");
                    }
                }
                return document(session, status.holder().isEmpty() ? "not_locked" : "cleared_stale", status);
            }
            String who = status.holder().map(h -> h.describe(now)).orElse("a run whose lock file is being written");
            if (status.holder().map(LockHolder::aliveHere).orElse(false)) {
                throw new CommandFailure(ErrorKind.BUSY, ExitCodes.BUSY, who + " is running on this host; let it finish, or stop it (kill "
                        + status.holder().get().pid() + ") and run again. The lock is kept.");
            }
            if (!force) {
                boolean elsewhere = status.holder().map(h -> !h.onThisHost()).orElse(false);
                throw new CommandFailure(ErrorKind.BUSY, ExitCodes.BUSY, who + " holds the lock on " + ws.dir()
                        + (elsewhere ? "; it runs on another host, so cloudmaker cannot tell whether it is still alive" : "")
                        + ". If you are sure it has ended, run `cloudmaker unlock --force`. The lock is kept.");
            }
            state.forceUnlock(status);
            session.out().println("Removed the lock held by " + who + ". If that run still works on this definition, the two may undo each other's changes.");
            return document(session, "removed", status);
        }
    }

    /** {@code outcome} not_locked, cleared_stale or removed, and the run that held the lock. */
    private static int document(Session session, String outcome, LockStatus status) {
        if (session.options().json()) {
            ObjectNode doc = Json.object().put("outcome", outcome);
            status.holder().ifPresent(h -> doc.putObject("holder").put("user", h.user()).put("host", h.host()).put("pid", h.pid())
                    .put("command", h.command()).put("since", h.since() == null ? null : h.since().toString()));
            session.json().write(doc);
        }
        return ExitCodes.OK;
    }
}
