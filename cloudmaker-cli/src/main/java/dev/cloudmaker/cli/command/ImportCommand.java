package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.RunDocuments;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Bring a server cloudmaker did not make into the namespace, by tagging it: from then on it is "
                + "listed, operated and (when cloud.json declares it) provisioned like the servers cloudmaker made.",
                "NAME must be the server's own name, as a check that ID is the server meant."})
public final class ImportCommand extends SessionCommand implements ChangesServers {
    @Parameters(index = "0", paramLabel = "NAME", description = "The server's name.")
    String name;

    @Parameters(index = "1", paramLabel = "ID", description = "The provider's id of the server.")
    String id;

    @Option(names = "--provider", paramLabel = "NAME", description = "The provider the server runs on, when the definition has several.")
    String provider;

    @Override
    int run(Session session) {
        var ns = session.namespace();
        CloudServer server = ns.adopt(session.providerName(provider, "--provider"), id, name);
        session.out().println("Imported " + server.name() + " (id " + server.id() + ") into namespace " + ns.name() + ".");
        boolean declared = Files.exists(session.workspace().cloudJson()) && session.definition().server(name).isPresent();
        if (!declared) {
            session.out().println("It is not in cloud.json: provision leaves it alone; `cloudmaker terminate " + name
                    + "` would delete it.");
        }
        if (session.options().json()) {
            ObjectNode doc = Json.object().put("outcome", "imported").put("namespace", ns.name()).put("declared", declared);
            doc.set("servers", RunDocuments.servers(List.of(server), session.roles()));
            session.json().write(doc);
        }
        return ExitCodes.OK;
    }
}
