package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Session;
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
        return Destroying.run(session, names, yes);
    }
}
