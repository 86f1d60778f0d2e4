package dev.cloudmaker.core.state;

import java.time.Instant;

/**
 * One run in the history.
 *
 * @param end null when the run was abandoned: nobody saw it end
 */
public record RunRecord(String command, String user, String host, long pid, Instant start, Instant end, RunOutcome outcome) {

    /** The run of {@code holder}, ended at {@code end}. */
    public static RunRecord of(LockHolder holder, Instant end, RunOutcome outcome) {
        return new RunRecord(holder.command(), holder.user(), holder.host(), holder.pid(), holder.since(), end, outcome);
    }
}
