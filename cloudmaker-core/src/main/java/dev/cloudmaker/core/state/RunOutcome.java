package dev.cloudmaker.core.state;

/** How a run that held the lock ended. */
public enum RunOutcome {
    /** It ended with exit code 0. */
    SUCCEEDED,
    /** It ended with an error. */
    FAILED,
    /** It never released the lock (killed, or its host went down); the next run found the lock stale. */
    ABANDONED
}
