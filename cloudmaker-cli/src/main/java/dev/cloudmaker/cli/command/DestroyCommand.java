package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.PlanView;
import dev.cloudmaker.cli.view.ProgressPrinter;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "destroy", aliases = "undeploy", mixinStandardHelpOptions = true,
        description = "Delete servers of the namespace (all declared ones, or those named) and the DNS records pointing at them.")
public final class DestroyCommand extends SessionCommand {
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Servers to delete (default: every server in cloud.json).")
    List<String> names = List.of();

    @Option(names = {"-y", "--yes"}, description = "Delete without asking.")
    boolean yes;

    @Override
    int run(Session session) {
        PrintStream out = session.options().json() ? session.err() : session.out();
        Operations ops = session.operations(EngineSettings.defaults(), new ProgressPrinter(out, session.style()));
        Plan plan = ops.planDestroy(names);
        new PlanView(session.style()).print(plan, out);
        if (plan.isEmpty()) {
            return ExitCodes.OK;
        }
        if (!yes && !Confirm.ask(session, "\nDelete these servers and records? This cannot be undone.")) {
            session.err().println("Nothing deleted. Run with --yes to delete without being asked.");
            return ExitCodes.ERROR;
        }
        ops.apply(plan);
        // a server created again gets a new host key; the old pin would only refuse it
        plan.actionsOf(PlanAction.DeleteServer.class).forEach(d -> {
            session.hostKeys().forget(d.name());
            session.knownHosts().remove(d.name());
        });
        out.println("\nDestroy complete: " + plan.summary().replace("Plan: ", ""));
        return ExitCodes.OK;
    }
}
