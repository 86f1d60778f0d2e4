package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.Bootstrapping;
import dev.cloudmaker.cli.CommandFailure;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.LoginCheck;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.PlanView;
import dev.cloudmaker.cli.view.ProgressPrinter;
import dev.cloudmaker.cli.view.RunDocuments;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.plan.PlanCodec;
import dev.cloudmaker.core.plan.PlanException;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "provision", aliases = {"apply", "deploy"}, mixinStandardHelpOptions = true,
        description = {"Make the cloud match cloud.json: upload the key, create servers, point DNS names at them, "
                + "and write their networking back into cloud.json and the inventory. Shows the plan and asks first.",
                "Then it logs in to each server over SSH and bootstraps it (see `cloudmaker bootstrap`), unless "
                + "--no-bootstrap is given or the definition turns bootstrap off.",
                "Safe to run again after any failure: it finishes what is missing and changes nothing else."})
public final class ProvisionCommand extends SessionCommand {
    @Parameters(arity = "0..1", paramLabel = "PLANFILE", description = "A plan saved by `cloudmaker plan --out`; applied only if still current.")
    Path planFile;

    @Option(names = {"-y", "--yes", "--auto-approve"}, description = "Apply without asking.")
    boolean yes;

    @Option(names = "--replace", paramLabel = "NAME", description = "Allow replacing this server when its region, image or provider changed.")
    List<String> replace = List.of();

    @Option(names = "--adopt", description = "Import the servers outside every namespace that bear a declared server's name"
            + " (made before cloudmaker, or by hand) instead of stopping at them; the plan lists each before it is applied.")
    boolean adopt;

    @Option(names = "--create-zones", description = "Create the DNS zones the names need that the DNS provider's"
            + " account lacks, where a zone costs money or must be delegated first; without it such a plan stops and names"
            + " them. Where zones are free, missing ones are always created.")
    boolean createZones;

    @Option(names = "--timeout", paramLabel = "DUR", defaultValue = "10m",
            description = "How long servers may take to become active (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--no-bootstrap", description = "Only provision: do not log in to the servers to harden and configure them.")
    boolean noBootstrap;

    @Override
    int run(Session session) {
        PrintStream out = session.options().json() ? session.err() : session.out();
        InterruptNotice progress = new InterruptNotice(new ProgressPrinter(out, session.style(),
                !session.options().json() && dev.cloudmaker.cli.Terminal.interactive()), session.err(), "cloudmaker provision");
        // the login key is looked for now (a passphrase asked for), before anything is created
        Optional<String> notBootstrapping = LoginCheck.bootstrapSkipped(session, noBootstrap);
        Plan saved = planFile == null ? null : PlanCodec.read(session.workspace().dir().resolve(planFile));
        // a saved plan that creates zones was made with --create-zones: it is checked against a plan made the same way
        boolean zones = saved == null ? createZones : !saved.actionsOf(PlanAction.CreateDomain.class).isEmpty();
        Operations ops = session.operations(EngineSettings.defaults().withActiveTimeout(timeout).withCreateZones(zones), progress);
        Plan plan = ops.planProvision(saved == null ? new LinkedHashSet<>(replace) : replacementsIn(saved),
                saved == null ? adopt : !saved.actionsOf(PlanAction.AdoptServer.class).isEmpty());
        session.planned(plan);
        if (saved != null && !saved.actions().equals(plan.actions())) {
            throw new PlanException("the cloud or " + session.definition().file().getFileName() + " changed since "
                    + planFile + " was saved, so it is not applied. Fix: make a new plan with `cloudmaker plan --out "
                    + planFile + "`");
        }
        new PlanView(session.style()).print(plan, out);
        if (!plan.isEmpty() && saved == null && !yes) {
            if (!Confirm.ask(session, "\nApply these changes?")) {
                throw CommandFailure.notConfirmed("Not applied. Run with --yes to apply without being asked.");
            }
        }
        long started = System.nanoTime();
        var servers = applyAnnounced(ops, plan, progress);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!plan.isEmpty()) {
            long imported = plan.count(PlanAction.Effect.IMPORT);
            out.printf("%nApply complete: %s%d added, %d changed, %d destroyed in %s. %d server(s) in namespace %s.%n",
                    imported > 0 ? imported + " imported, " : "", plan.count(PlanAction.Effect.ADD), plan.count(PlanAction.Effect.CHANGE),
                    plan.count(PlanAction.Effect.DESTROY), dev.cloudmaker.core.time.Durations.format(took),
                    servers.size(), plan.namespace());
        }
        out.println("Inventory written to " + session.workspace().inventoryFile().getFileName() + ".");
        List<BootstrapReport> bootstrapped = List.of();
        if (notBootstrapping.isPresent()) {
            out.println(notBootstrapping.get());
        } else {
            bootstrapped = Bootstrapping.run(session, servers.values().stream()
                    .filter(s -> session.definition().server(s.name()).isPresent()).toList(), out);
        }
        if (session.options().json()) {
            ObjectNode doc = RunDocuments.applied(plan, "applied");
            doc.set("servers", RunDocuments.servers(servers.values(), session.roles()));
            doc.set("bootstrap", RunDocuments.bootstrap(bootstrapped));
            session.json().write(doc);
        }
        return ExitCodes.OK;
    }

    private static java.util.Map<String, dev.cloudmaker.core.spi.CloudServer> applyAnnounced(Operations ops, Plan plan,
                                                                                          InterruptNotice notice) {
        notice.arm(plan);
        try (notice) {
            return ops.apply(plan);
        }
    }

    private static Set<String> replacementsIn(Plan saved) {
        Set<String> names = new LinkedHashSet<>();
        saved.actionsOf(PlanAction.ReplaceServer.class).forEach(r -> names.add(r.create().name()));
        return names;
    }
}
