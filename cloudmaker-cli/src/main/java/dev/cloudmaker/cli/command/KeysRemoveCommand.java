package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.api.NamespaceKey;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.CloudmakerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a key from the account, then from every running server of the namespace.")
public final class KeysRemoveCommand extends KeysSubcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The key's name, as `keys list` shows it.")
    String name;

    @Option(names = "--no-sync", description = "Only remove it from the account; the servers lose it at the next `keys sync`.")
    boolean noSync;

    @Override
    int run(Session session, Namespace ns) {
        if (!ns.removeKey(name)) {
            var names = ns.keys().stream().map(NamespaceKey::name).toList();
            throw new CloudmakerException("namespace " + ns.name() + " has no key named " + name
                    + (names.isEmpty() ? " (it has none)" : "; its keys: " + String.join(", ", names)));
        }
        session.out().println("Key " + name + " is removed from the account.");
        ObjectNode sync = noSync ? null : KeySyncRun.run(session, ns, false);
        if (session.options().json()) {
            ObjectNode doc = Json.object().put("outcome", "removed");
            doc.putObject("key").put("name", name);
            session.json().write(doc.set("sync", sync));
        }
        return ExitCodes.OK;
    }
}
