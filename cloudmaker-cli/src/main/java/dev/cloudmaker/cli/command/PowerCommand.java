package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.ServerSelector;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.ProgressPrinter;
import dev.cloudmaker.core.engine.Parallel;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.time.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * start, stop and reboot: every name is resolved before anything changes, then the servers are
 * asked in parallel; one failing does not stop the others, and the exit code says whether any failed.
 */
abstract class PowerCommand extends SessionCommand implements ChangesServers {
    static final int PARALLELISM = 16;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Servers, or roles only one server plays.")
    List<String> names = List.of();

    @Option(names = "--role", paramLabel = "ROLE", description = "Every server of this role (with any NAMEs given).")
    String role;

    @Option(names = "--all", description = "Every server of the namespace.")
    boolean all;

    @Option(names = "--wait", description = "Wait until each server has finished the change (running, or off).")
    boolean await;

    @Option(names = "--timeout", paramLabel = "DUR", defaultValue = "5m",
            description = "How long each server may take, to accept the change and with --wait to finish it (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    abstract PowerAction action();

    @Override
    void checkArguments() {
        ServerSelector.requireChoice(names, role, all);
    }

    @Override
    int run(Session session) {
        Fleet fleet = new Fleet(session);
        Namespace ns = fleet.namespace();
        List<CloudServer> servers = fleet.choose(names, role, all);
        boolean json = session.options().json();
        // with --json, stdout carries only the document: progress goes to stderr
        ProgressPrinter progress = new ProgressPrinter(json ? session.err() : session.out(), session.style());
        PowerAction action = action();
        Map<String, PowerOutcome> outcomes = new ConcurrentHashMap<>();
        Map<String, CloudServer> running = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        List<Throwable> failures = Parallel.forEach(servers, PARALLELISM, server -> {
            try {
                outcomes.put(server.id(), change(ns, server, action, started, running));
                progress.step(server.name(), outcomes.get(server.id()).text());
            } catch (RuntimeException e) {
                outcomes.put(server.id(), new PowerOutcome(PowerOutcome.Kind.FAILED, e.getMessage()));
                progress.step(server.name(), session.style().error("failed: ") + e.getMessage());
                throw e;
            }
        });
        // a start may have given a server a new address (EC2): cloud.json follows, as after provision
        NetworkingWriteBack.after(session, running.values());
        if (json) {
            ObjectNode doc = Json.object().put("action", action.name().toLowerCase(Locale.ROOT));
            ArrayNode list = doc.putArray("servers");
            servers.forEach(s -> list.addObject().put("name", s.name()).put("id", s.id())
                    .put("outcome", outcomes.get(s.id()).kind().name().toLowerCase(Locale.ROOT)).put("message", outcomes.get(s.id()).text()));
            session.json().write(doc);
        }
        if (!failures.isEmpty()) {
            session.err().println(failures.size() + " of " + servers.size() + " server(s) failed to " + action.verb() + ".");
            return ExitCodes.ERROR;
        }
        return ExitCodes.OK;
    }

    /**
     * Makes the change on one server and says how it ended. A start whose server's DNS names follow it to a new address
     * is waited for by the namespace, which moves them ({@code Namespace.power}).
     */
    private PowerOutcome change(Namespace ns, CloudServer server, PowerAction action, long started, Map<String, CloudServer> running) {
        if (server.status() == action.settlesAt() && action != PowerAction.REBOOT) {
            return new PowerOutcome(PowerOutcome.Kind.UNCHANGED, "already " + action.settlesAt().label());
        }
        boolean follow = action == PowerAction.START && ns.namesFollow(server);
        List<String> moved = ns.power(server, action, timeout);
        if (!await && !follow) {
            return new PowerOutcome(PowerOutcome.Kind.ACCEPTED, action.verb() + " accepted");
        }
        CloudServer now = ns.waitUntil(server, action.settlesAt(), timeout);
        if (action == PowerAction.START) {
            running.put(now.id(), now);
        }
        return new PowerOutcome(PowerOutcome.Kind.DONE, action.settlesAt().label() + " after "
                + Durations.format(Duration.ofNanos(System.nanoTime() - started)) + PowerOutcome.moved(moved));
    }
}
