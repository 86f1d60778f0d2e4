package dev.cloudmaker.cli;

import dev.cloudmaker.cli.view.ProgressPrinter;
import dev.cloudmaker.cli.view.Style;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.time.Durations;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.LogFileListener;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.bootstrap.BootstrapListener;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;
import dev.cloudmaker.ssh.bootstrap.Bootstrapper;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.StepStatus;
import dev.cloudmaker.ssh.fleet.FleetBootstrap;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The bootstrap stage as the CLI runs it, after provisioning or on its own: every server of the
 * definition that exists, in parallel, each step printed as it ends, commands' output in
 * {@code .cloudmaker/logs/<server>.log}, a summary line per server at the end.
 */
public final class Bootstrapping {
    static final int PARALLELISM = 16;
    static final Duration SSH_TIMEOUT = Duration.ofMinutes(5);

    private Bootstrapping() {
    }

    /** Bootstraps {@code servers}; throws when any of them failed, after the others finished. */
    public static List<BootstrapReport> run(Session session, Collection<CloudServer> servers, PrintStream out) {
        Definition def = session.definition();
        Identity identity = session.identity(); // no key: the three ways to give it, before any line about bootstrapping
        Style style = session.style();
        List<FleetBootstrap.Target> targets = new ArrayList<>();
        for (CloudServer s : servers.stream().filter(session::bootstraps).toList()) {
            ServerSpec spec = def.server(s.name()).orElse(null);
            targets.add(new FleetBootstrap.Target(s, spec == null ? null : roleOf(def, spec)));
        }
        out.println();
        List<String> emulated = servers.stream().filter(s -> !session.bootstraps(s)).map(CloudServer::name).toList();
        if (!emulated.isEmpty()) {
            out.println("Not bootstrapping " + String.join(", ", emulated) + ": an emulator's servers are not machines anyone can log in to.");
        }
        out.println("Bootstrapping " + targets.size() + " server(s) over SSH as " + def.bootstrap().adminUser()
                + "; command output goes to " + session.workspace().dir().toAbsolutePath().relativize(logs(session).toAbsolutePath()) + "/<server>.log");
        ProgressPrinter progress = new ProgressPrinter(out, style);
        BootstrapListener printer = new BootstrapListener() {
            @Override
            public void stepFinished(String server, StepResult r) {
                progress.step(server, r.name() + " " + label(style, r.status())
                        + (r.detail() == null || r.detail().isBlank() ? "" : style.dim(" (" + r.detail() + ")")));
            }
        };
        try (LogFileListener logFiles = new LogFileListener(logs(session));
             SshConnector connector = new SshConnector(logFiles)) {
            FleetBootstrap fleet = new FleetBootstrap(session::checkReachable, session.knownHosts(), session.hostKeys(),
                    identity, def.bootstrap(), def.file().toAbsolutePath().getParent(), new Bootstrapper(printer),
                    connector, PARALLELISM, SSH_TIMEOUT);
            List<BootstrapReport> reports = fleet.run(targets);
            out.println();
            for (BootstrapReport r : reports) {
                out.println(style.bold(r.server()) + ": " + r.distro().prettyName() + ", "
                        + (r.changedCount() == 0 ? "no changes" : style.change(r.changedCount() + " step(s) changed"))
                        + " in " + Durations.format(r.took()));
            }
            out.println("Bootstrap complete. Log in with `cloudmaker ssh " + (targets.isEmpty() ? "NAME" : targets.get(0).server().name()) + "`.");
            return reports;
        }
    }

    /** The declared role, or a role only a Java class provides (named in the server but not under "roles"). */
    static RoleSpec roleOf(Definition def, ServerSpec spec) {
        if (spec.role() == null) {
            return null;
        }
        return def.roles().getOrDefault(spec.role(), RoleSpec.named(spec.role()));
    }

    private static java.nio.file.Path logs(Session session) {
        return session.workspace().stateDir().resolve("logs");
    }

    private static String label(Style style, StepStatus status) {
        return switch (status) {
            case OK -> "ok";
            case CHANGED -> style.change("changed");
            case SKIPPED -> style.dim("skipped");
            case FAILED -> style.error("failed");
        };
    }
}
