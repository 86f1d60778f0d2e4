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
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recreate", mixinStandardHelpOptions = true,
        description = {"Delete a server and create it again with the same name, region and size, from an image "
                + "(a snapshot made by `cloudmaker image`, or a public image) or from cloud.json's image. Its DNS names "
                + "move to the new address, and cloud.json's networking and the inventory are written again. Shows the plan and asks first.",
                "Then the server is bootstrapped as provision does, unless --no-bootstrap is given or the definition turns bootstrap off.",
                "The old server's disk is lost: make an image of it first if you need it."})
public final class RecreateCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The server, or a role only one server plays.")
    String name;

    @Option(names = "--from", paramLabel = "IMAGE",
            description = "A snapshot's name or id, or a public image's slug (default: cloud.json's image for the server).")
    String from;

    @Option(names = {"-y", "--yes"}, description = "Recreate without asking.")
    boolean yes;

    @Option(names = "--timeout", paramLabel = "DUR", defaultValue = "10m",
            description = "How long the new server may take to become active (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--no-bootstrap", description = "Do not log in to the new server to harden and configure it.")
    boolean noBootstrap;

    @Override
    int run(Session session) {
        PrintStream out = session.options().json() ? session.err() : session.out();
        CloudServer server = new Fleet(session).resolve(name);
        Optional<ImageInfo> snapshot = from == null ? Optional.empty() : session.namespace().findSnapshot(from);
        String image = snapshot.map(ImageInfo::id).orElse(from);
        // the login key is looked for now (a passphrase asked for), before the server is deleted
        Optional<String> notBootstrapping = LoginCheck.bootstrapSkipped(session, noBootstrap);
        Operations ops = session.operations(EngineSettings.defaults().withActiveTimeout(timeout), new ProgressPrinter(out, session.style()));
        Plan plan = ops.planRecreate(server.name(), image);
        session.planned(plan);
        if (from != null) {
            out.println(snapshot.map(i -> tookSnapshot(session, i)).orElseGet(() -> tookPublic(session, server)));
        }
        new PlanView(session.style()).print(plan, out);
        if (!yes && !Confirm.ask(session, "\nDelete " + server.name() + " and create it again? Its disk is lost.")) {
            throw CommandFailure.notConfirmed("Nothing changed. Run with --yes to recreate without being asked.");
        }
        Map<String, CloudServer> after = ops.apply(plan);
        CloudServer made = after.get(server.name());
        out.println("\nRecreated " + server.name() + ": id " + made.id() + ", address " + made.networking().publicIpv4() + ".");
        out.println("Inventory written to " + session.workspace().inventoryFile().getFileName() + ".");
        List<BootstrapReport> bootstrapped = List.of();
        if (notBootstrapping.isPresent()) {
            out.println(notBootstrapping.get());
        } else if (session.definition().server(server.name()).isPresent()) {
            bootstrapped = Bootstrapping.run(session, List.of(made), out);
        }
        if (session.options().json()) {
            ObjectNode doc = RunDocuments.applied(plan, "recreated");
            doc.set("servers", RunDocuments.servers(List.of(made), session.roles()));
            doc.set("bootstrap", RunDocuments.bootstrap(bootstrapped));
            session.json().write(doc);
        }
        return ExitCodes.OK;
    }

    /** Which snapshot --from chose: by id, or the newest of this namespace's of that name. */
    private String tookSnapshot(Session session, ImageInfo i) {
        String shown = i.named() != null && i.named().namespace().equals(session.namespaceName()) ? i.named().name() : i.name();
        int sameName = i.id().equals(from) || i.named() == null ? 1 : session.namespace().snapshotsNamed(i.named().name()).size();
        return "From image " + shown + " (id " + i.id() + (i.createdAt() != null ? ", made " + i.createdAt() : "") + ")"
                + (sameName > 1 ? ", the newest of the " + sameName + " images of that name." : ".");
    }

    private String tookPublic(Session session, CloudServer server) {
        return "From public image " + from + session.provider(server.provider()).catalog().image(from)
                .filter(i -> !i.id().equals(from)).map(i -> " (id " + i.id() + ").").orElse(".");
    }
}
