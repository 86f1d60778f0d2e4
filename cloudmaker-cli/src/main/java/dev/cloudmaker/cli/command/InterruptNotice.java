package dev.cloudmaker.cli.command;

import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an apply had done when Ctrl-C (SIGINT, or a SIGTERM) ended it: the process still ends at once with
 * the signal's exit code (130 for SIGINT), but a shutdown hook first says which servers were created, which
 * were not, and that running the command again finishes the work (the journal tells it what was started).
 * It hears the engine's steps on their way to the progress view.
 */
final class InterruptNotice implements ApplyListener, AutoCloseable {
    private final ApplyListener next;
    private final PrintStream err;
    private final String again;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private volatile List<String> toCreate = List.of();
    private Thread hook;

    /** {@code again}: the command that finishes the work, e.g. {@code cloudmaker provision}. */
    InterruptNotice(ApplyListener next, PrintStream err, String again) {
        this.next = next;
        this.err = err;
        this.again = again;
    }

    /** From now until {@link #close}, an interrupt reports on {@code plan}. */
    void arm(Plan plan) {
        List<String> names = new ArrayList<>();
        plan.actionsOf(PlanAction.CreateServer.class).forEach(c -> names.add(c.name()));
        plan.actionsOf(PlanAction.ReplaceServer.class).forEach(r -> names.add(r.create().name()));
        toCreate = List.copyOf(names);
        hook = new Thread(this::report, "interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void step(String resource, String message) {
        if (resource.startsWith("server ") && message.startsWith("created")) {
            created.add(resource.substring("server ".length()));
        }
        next.step(resource, message);
    }

    @Override
    public void waiting(String what, java.time.Duration elapsed, String state) {
        next.waiting(what, elapsed, state);
    }

    /** What the interrupted run had done, in one paragraph. */
    String summary() {
        List<String> done = toCreate.stream().filter(created::contains).toList();
        List<String> pending = toCreate.stream().filter(n -> !created.contains(n)).toList();
        StringBuilder sb = new StringBuilder("Interrupted. ");
        if (!toCreate.isEmpty()) {
            sb.append("Servers created so far: ").append(done.isEmpty() ? "none" : String.join(", ", done))
                    .append("; not created yet: ").append(pending.isEmpty() ? "none" : String.join(", ", pending)).append(". ");
        }
        sb.append("What was started is kept (servers still booting, DNS records, cloud.json's addresses and the inventory are"
                + " not written yet). Run `").append(again).append("` again to finish it.");
        return sb.toString();
    }

    private void report() {
        err.println();
        err.println(summary());
        err.flush();
    }

    /** The apply ended by itself: nothing to report. */
    @Override
    public void close() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, as it should
            }
            hook = null;
        }
    }
}
