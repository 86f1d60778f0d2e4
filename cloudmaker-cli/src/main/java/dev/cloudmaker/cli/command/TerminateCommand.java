package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ServerSelector;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.spi.CloudServer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "terminate", mixinStandardHelpOptions = true,
        description = {"Delete the named servers of the namespace, the DNS records pointing at them, and their pinned "
                + "host keys (known_hosts and .cloudmaker/). Shows what goes and asks first.",
                "A server cloud.json declares is created again by the next provision."})
public final class TerminateCommand extends SessionCommand {
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Servers, or roles only one server plays.")
    List<String> names = List.of();

    @Option(names = "--role", paramLabel = "ROLE", description = "Every server of this role (with any NAMEs given).")
    String role;

    @Option(names = "--all", description = "Every server of the namespace, cloud.json's and imported ones alike.")
    boolean all;

    @Option(names = {"-y", "--yes"}, description = "Delete without asking.")
    boolean yes;

    @Override
    void checkArguments() {
        ServerSelector.requireChoice(names, role, all);
    }

    @Override
    int run(Session session) {
        List<String> resolved = new Fleet(session).choose(names, role, all).stream().map(CloudServer::name).toList();
        return Destroying.run(session, resolved, yes);
    }
}
