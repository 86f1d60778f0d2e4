package dev.cloudmaker.core.time;

/**
 * Where a wait reports when its caller gave it no {@link WaitProgress} of its own: a program (the CLI) sets one for
 * the run, so every wait longer than a second is seen, also those deep in a provider (an action, a snapshot, an SSH
 * connect). Held per thread and inherited by the threads a run starts; none by default, so a library stays silent.
 */
public final class WaitReporting {
    private static final InheritableThreadLocal<WaitProgress> CURRENT = new InheritableThreadLocal<>();

    private WaitReporting() {
    }

    /** Reports this thread's waits, and those of the threads it starts from now on, to {@code progress}. */
    public static void set(WaitProgress progress) {
        CURRENT.set(progress);
    }

    public static void clear() {
        CURRENT.remove();
    }

    static WaitProgress current() {
        WaitProgress progress = CURRENT.get();
        return progress != null ? progress : WaitProgress.NONE;
    }
}
