package dev.cloudmaker.cli.command;

import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.ProgressPrinter;
import dev.cloudmaker.core.engine.Parallel;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.time.Durations;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * start, stop and reboot: every name is resolved before anything changes, then the servers are
 * asked in parallel; one failing does not stop the others, and the exit code says whether any failed.
 */
abstract class PowerCommand extends SessionCommand {
    static final int PARALLELISM = 16;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Servers, or roles only one server plays.")
    List<String> names;

    @Option(names = "--wait", description = "Wait until each server has finished the change (running, or off).")
    boolean await;

    @Option(names = "--timeout", paramLabel = "DUR", defaultValue = "5m",
            description = "How long each server may take, to accept the change and with --wait to finish it (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    abstract PowerAction action();

    @Override
    int run(Session session) {
        Fleet fleet = new Fleet(session);
        Namespace ns = fleet.namespace();
        List<CloudServer> servers = fleet.resolveAll(names);
        ProgressPrinter progress = new ProgressPrinter(session.out(), session.style());
        PowerAction action = action();
        long started = System.nanoTime();
        List<Throwable> failures = Parallel.forEach(servers, PARALLELISM, server -> {
            try {
                if (server.status() == action.settlesAt() && action != PowerAction.REBOOT) {
                    progress.step(server.name(), "already " + action.settlesAt().label());
                    return;
                }
                ns.power(server, action, timeout);
                if (!await) {
                    progress.step(server.name(), action.verb() + " accepted");
                    return;
                }
                ns.waitUntil(server, action.settlesAt(), timeout);
                progress.step(server.name(), action.settlesAt().label() + " after "
                        + Durations.format(Duration.ofNanos(System.nanoTime() - started)));
            } catch (RuntimeException e) {
                progress.step(server.name(), session.style().error("failed: ") + e.getMessage());
                throw e;
            }
        });
        if (!failures.isEmpty()) {
            session.err().println(failures.size() + " of " + servers.size() + " server(s) failed to " + action.verb() + ".");
            return ExitCodes.ERROR;
        }
        return ExitCodes.OK;
    }
}
