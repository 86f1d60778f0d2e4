package dev.cloudmaker.bench.report;

import java.util.Locale;

/**
 * One of the targets and how a run did against it: {@code ratio} is the measured figure the goal is
 * stated in (e.g. wall time over the floor), {@code limit} the goal's bound, {@code atMost} whether the ratio
 * must stay at or under it (else at or over it).
 */
record Target(String benchmark, String goal, double ratio, double limit, boolean atMost, boolean ratioIsLowerBound) {

    Target(String benchmark, String goal, double ratio, double limit, boolean atMost) {
        this(benchmark, goal, ratio, limit, atMost, false);
    }

    /** A target whose rows the results lack: nothing to compare. */
    static Target notMeasured(String benchmark, String goal, double limit, boolean atMost) {
        return new Target(benchmark, goal, Double.NaN, limit, atMost);
    }

    /**
     * An at-least goal against a ratio known only from below (the slower tool was stopped unfinished): met
     * when even the bound reaches the goal, and otherwise not measured, since the real ratio may.
     */
    static Target lowerBound(String benchmark, String goal, double atLeast, double limit) {
        return new Target(benchmark, goal, atLeast, limit, false, true);
    }

    boolean measured() {
        return !Double.isNaN(ratio) && !(ratioIsLowerBound && ratio < limit);
    }

    boolean met() {
        return measured() && (atMost ? ratio <= limit : ratio >= limit);
    }

    String verdict() {
        if (!measured()) {
            return "not measured" + (ratioIsLowerBound ? String.format(Locale.ROOT, " (at least %.2f, goal ≥ %.2f)", ratio, limit) : "");
        }
        return (met() ? "met" : "missed") + String.format(Locale.ROOT, " (%s%.2f, goal %s %.2f)", ratioIsLowerBound ? "≥ " : "", ratio,
                atMost ? "≤" : "≥", limit);
    }
}
