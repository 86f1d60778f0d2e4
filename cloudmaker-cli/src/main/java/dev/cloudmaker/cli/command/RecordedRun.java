package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.RunOutcome;
import dev.cloudmaker.core.state.RunPlan;
import dev.cloudmaker.core.state.RunRecord;
import java.time.Instant;
import java.util.function.IntSupplier;

/**
 * A command run under the workspace lock, recorded in the run history once it has ended: how, the plan it made
 * (if it made one) and its result (the exit code, or the error the user was shown).
 */
final class RecordedRun {
    private RecordedRun() {
    }

    /** Runs {@code command}; with a lease (the command writes), records it as succeeded (exit 0) or failed. */
    static int call(Session session, Lease lease, IntSupplier command) {
        if (lease == null) {
            return command.getAsInt();
        }
        RunOutcome outcome = RunOutcome.FAILED;
        String result = "ended without a result";
        try {
            int code = command.getAsInt();
            if (code == ExitCodes.OK) {
                outcome = RunOutcome.SUCCEEDED;
            }
            result = "exit " + code;
            return code;
        } catch (RuntimeException e) {
            result = "error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
            throw e;
        } finally {
            record(session, lease, outcome, result);
        }
    }

    private static void record(Session session, Lease lease, RunOutcome outcome, String result) {
        try {
            RunPlan plan = session.planned().map(RunPlan::of).orElse(null);
            session.state().runs().record(RunRecord.of(lease.holder(), Instant.now(), outcome, plan, result));
        } catch (RuntimeException e) {
            // the history is for people: the command's own result is what counts
            session.err().println(session.style().warn("warning: ") + "could not record this run in the history: " + e.getMessage());
        }
    }
}
