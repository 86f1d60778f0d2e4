package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.Definition;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check cloud.json and security.json without calling any API.")
public final class ValidateCommand extends SessionCommand {
    @Override
    int run(Session session) {
        Definition def = session.definition();
        session.credentials();
        if (session.options().json()) {
            session.json().write(Json.object().put("valid", true).put("file", def.file().toString())
                    .put("server_count", def.servers().size()).put("namespace", def.namespace())
                    .putPOJO("providers", def.providers().keySet()).put("dns", def.dns()));
        } else {
            session.out().println(def.file().getFileName() + " and security.json are valid: " + def.servers().size()
                    + " server(s) in namespace " + def.namespace() + " on " + String.join(", ", def.providers().values().stream()
                    .map(p -> p.name().equals(p.type()) ? p.name() : p.name() + " (" + p.type() + ")").toList())
                    + (def.dns() == null ? "" : "; DNS in " + def.dns()) + ".");
            session.out().println("Region, size and image are checked against the live catalogue by `cloudmaker plan`.");
        }
        return ExitCodes.OK;
    }
}
