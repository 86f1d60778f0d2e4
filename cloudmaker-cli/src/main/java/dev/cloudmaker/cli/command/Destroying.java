package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.CommandFailure;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.PlanView;
import dev.cloudmaker.cli.view.ProgressPrinter;
import dev.cloudmaker.cli.view.RunDocuments;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import java.io.PrintStream;
import java.util.List;

/** destroy and terminate: the plan shown, asked for, applied; then the deleted servers' host keys forgotten. */
final class Destroying {
    private Destroying() {
    }

    /** Deletes the named servers (every declared one when {@code names} is empty) and the DNS records pointing at them. */
    static int run(Session session, List<String> names, boolean yes) {
        PrintStream out = session.options().json() ? session.err() : session.out();
        Operations ops = session.operations(EngineSettings.defaults(), new ProgressPrinter(out, session.style()));
        Plan plan = ops.planDestroy(names);
        session.planned(plan);
        new PlanView(session.style()).print(plan, out);
        if (plan.isEmpty()) {
            ops.releaseLeftovers(); // what a failed release left, with no server to delete now
            writeDocument(session, plan);
            return ExitCodes.OK;
        }
        if (!yes && !Confirm.ask(session, "\nDelete these servers and records? This cannot be undone.")) {
            throw CommandFailure.notConfirmed("Nothing deleted. Run with --yes to delete without being asked.");
        }
        ops.apply(plan);
        // a server created again gets a new host key; the old pin would only refuse it
        plan.actionsOf(PlanAction.DeleteServer.class).forEach(d -> {
            session.hostKeys().forget(d.name());
            session.knownHosts().remove(d.name());
        });
        out.printf("%nDestroy complete: %d destroyed.%n", plan.count(PlanAction.Effect.DESTROY));
        writeDocument(session, plan);
        return ExitCodes.OK;
    }

    private static void writeDocument(Session session, Plan plan) {
        if (session.options().json()) {
            session.json().write(RunDocuments.applied(plan, "destroyed"));
        }
    }
}
