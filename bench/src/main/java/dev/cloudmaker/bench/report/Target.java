package dev.cloudmaker.bench.report;

import java.util.Locale;

/**
 * One of the targets and how a run did against it: {@code ratio} is the measured figure the goal is
 * stated in (e.g. wall time over the floor), {@code limit} the goal's bound, {@code atMost} whether the ratio
 * must stay at or under it (else at or over it).
 */
record Target(String benchmark, String goal, double ratio, double limit, boolean atMost) {

    /** A target whose rows the results lack: nothing to compare. */
    static Target notMeasured(String benchmark, String goal, double limit, boolean atMost) {
        return new Target(benchmark, goal, Double.NaN, limit, atMost);
    }

    boolean measured() {
        return !Double.isNaN(ratio);
    }

    boolean met() {
        return measured() && (atMost ? ratio <= limit : ratio >= limit);
    }

    String verdict() {
        if (!measured()) {
            return "not measured";
        }
        return (met() ? "met" : "missed") + String.format(Locale.ROOT, " (%.2f, goal %s %.2f)", ratio, atMost ? "≤" : "≥", limit);
    }
}
