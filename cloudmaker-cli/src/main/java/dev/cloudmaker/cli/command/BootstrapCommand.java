package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Bootstrapping;
import dev.cloudmaker.cli.ServerSelector;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.RunDocuments;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "bootstrap", mixinStandardHelpOptions = true,
        description = {"Log in to the servers over SSH and bring each to its secure state and its role: admin user, "
                + "key-only SSH without root, firewall, fail2ban, automatic security updates, time sync, "
                + "then the role's packages, users, files, commands and configuration-management run.",
                "Every step checks before it changes, so running it again changes nothing on a configured server "
                + "and finishes an interrupted bootstrap."})
public final class BootstrapCommand extends SessionCommand {
    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Only these servers, or roles only one server plays (default: every server of the definition).")
    List<String> names = List.of();

    @Option(names = "--role", paramLabel = "ROLE", description = "Every server of this role.")
    String role;

    @Override
    int run(Session session) {
        // names first: a wrong one is reported whatever else is the matter
        List<CloudServer> existing = session.namespace().servers().stream()
                .filter(s -> session.definition().server(s.name()).isPresent()).toList();
        List<CloudServer> chosen = names.isEmpty() && role == null ? existing
                : new ServerSelector(session.namespaceName(), existing, session.roles()).select(names, role, false);
        if (!session.bootstrapEnabled()) {
            throw new CloudmakerException(session.definition().bootstrap().enabled()
                    ? "An emulator's servers (the sandbox's, or an API's on this host's loopback) are not machines anyone can log in to; nothing to bootstrap."
                    : "Bootstrap is off in " + session.definition().file().getFileName() + " (\"bootstrap\": {\"enabled\": false}).");
        }
        if (chosen.isEmpty()) {
            throw new CloudmakerException("No servers of this definition exist yet: run `cloudmaker provision` first.");
        }
        List<BootstrapReport> reports = Bootstrapping.run(session, chosen, session.out());
        if (session.options().json()) {
            session.json().write(Json.object().set("servers", RunDocuments.bootstrap(reports)));
        }
        return ExitCodes.OK;
    }
}
