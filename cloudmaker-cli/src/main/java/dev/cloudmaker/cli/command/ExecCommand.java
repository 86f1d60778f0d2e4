package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.UsageException;
import dev.cloudmaker.cli.ServerAccess;
import dev.cloudmaker.cli.ServerSelector;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.StdStream;
import dev.cloudmaker.ssh.fleet.ExecOutcome;
import dev.cloudmaker.ssh.fleet.FleetExec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Command(name = "exec", mixinStandardHelpOptions = true,
        customSynopsis = "cloudmaker exec [NAME...] [--role=ROLE] [--all] [--timeout=DUR] [--parallel=N] -- COMMAND...",
        description = {"Run a command on several servers at once over SSH, as the admin user. Each output line is "
                + "prefixed with its server's name as it arrives; the exit code is the worst of the servers' (255 for a "
                + "server that could not be reached or ran out of time). Servers that are not running are skipped with a note when "
                + "chosen by --role or --all, and refused when named.",
                "Examples: cloudmaker exec --all -- uptime; cloudmaker exec --role web -- sudo systemctl reload nginx"})
public final class ExecCommand extends SessionCommand {
    /** How long a server may take to accept the login, e.g. one just started. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*",
            description = "Servers (names, or roles only one server plays), then -- and the command.")
    List<String> words = List.of();

    @Option(names = "--role", paramLabel = "ROLE", description = "Every server of this role.")
    String role;

    @Option(names = "--all", description = "Every server of the namespace.")
    boolean all;

    @Option(names = "--timeout", paramLabel = "DUR", defaultValue = "10m",
            description = "How long the command may run on each server (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "32",
            description = "At most this many servers at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Override
    int run(Session session) {
        List<String> expanded = spec.commandLine().getParseResult().expandedArgs();
        int dash = expanded.indexOf("--");
        if (dash < 0 || dash == expanded.size() - 1) {
            throw new UsageException("put the command after --, e.g. cloudmaker exec --all -- uptime");
        }
        if (parallel < 1) {
            throw new UsageException("--parallel must be at least 1");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new UsageException("--timeout must be longer than 0, like 30s or 10m");
        }
        List<String> command = expanded.subList(dash + 1, expanded.size());
        List<String> names = words.subList(0, words.size() - command.size());
        List<CloudServer> servers = running(session, ServerSelector.of(session), names, role, all);
        ExecDocument document = new ExecDocument(String.join(" ", command));
        if (servers.isEmpty()) {
            session.err().println("No chosen server is running; nothing ran.");
            document.write(session, List.of());
            return 0;
        }
        int width = servers.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        ServerAccess access = new ServerAccess(session);
        List<ExecOutcome> outcomes;
        boolean json = session.options().json();
        try (SshConnector connector = new SshConnector((server, stream, line) -> {
            if (json) {
                document.output(server, stream, line);
                return;
            }
            String prefixed = pad(server, width) + " | " + line;
            (stream == StdStream.STDOUT ? session.out() : session.err()).println(prefixed);
        })) {
            outcomes = new FleetExec(access.login(connector), parallel, CONNECT_TIMEOUT).run(servers, String.join(" ", command), timeout);
        }
        int worst = 0;
        for (ExecOutcome o : outcomes) {
            if (!o.ran()) {
                session.err().println(session.style().error(o.server() + ": not run: ") + o.failure());
            } else if (o.exitCode() != 0) {
                session.err().println(o.server() + ": exit " + o.exitCode());
            }
            worst = Math.max(worst, o.exitCode());
        }
        document.write(session, outcomes);
        return worst;
    }

    /**
     * The chosen servers that run. One picked by --role or --all that does not is skipped with a note (a
     * fleet often has some off); one named on its own is an error, since the user asked for it by name.
     */
    private static List<CloudServer> running(Session session, ServerSelector selector, List<String> names, String role, boolean all) {
        List<CloudServer> chosen = selector.select(names, role, all);
        Set<String> named = names.stream().map(n -> selector.one(n).name()).collect(Collectors.toSet());
        for (CloudServer s : chosen) {
            if (s.status() != ServerStatus.ACTIVE && named.contains(s.name())) {
                throw new CloudmakerException(s.name() + " is " + s.status().label() + ", so the command cannot run there; "
                        + "start it with `cloudmaker start " + s.name() + "` (or leave it out)");
            }
        }
        List<CloudServer> running = new ArrayList<>();
        for (CloudServer s : chosen) {
            if (s.status() == ServerStatus.ACTIVE) {
                running.add(s);
            } else {
                session.err().println(s.name() + ": skipped, it is " + s.status().label()
                        + "; start it with `cloudmaker start " + s.name() + "`");
            }
        }
        return running;
    }

    private static String pad(String name, int width) {
        return name + " ".repeat(width - name.length());
    }
}
