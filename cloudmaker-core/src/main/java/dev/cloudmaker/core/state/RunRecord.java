package dev.cloudmaker.core.state;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One run in the history.
 *
 * @param id     how {@code history show ID} names it: random, given when the run is recorded, kept when it is pushed
 * @param end    null when the run was abandoned: nobody saw it end
 * @param plan   the plan the run applied; null when it applied none (it failed before, or its command has no plan)
 * @param result how it ended in words: {@code exit 0}, or the exit code and the error the user was shown; null for
 *               runs recorded before results were kept, and for abandoned ones
 */
public record RunRecord(String id, String command, String user, String host, long pid, Instant start, Instant end,
                        RunOutcome outcome, RunPlan plan, String result) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The run of {@code holder}, ended at {@code end}, without a plan or a result (one found abandoned). */
    public static RunRecord of(LockHolder holder, Instant end, RunOutcome outcome) {
        return of(holder, end, outcome, null, null);
    }

    /** The run of {@code holder}, ended at {@code end}, with the plan it applied and its result, under a new id. */
    public static RunRecord of(LockHolder holder, Instant end, RunOutcome outcome, RunPlan plan, String result) {
        return new RunRecord(newId(), holder.command(), holder.user(), holder.host(), holder.pid(), holder.since(), end, outcome,
                plan, result);
    }

    /** Ten hex digits: short enough to type, and two runs of one definition do not meet one (2<sup>40</sup>). */
    public static String newId() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The plan's summary line, or {@code -} when the run applied none. */
    public String planSummary() {
        return plan == null ? "-" : plan.summary();
    }
}
