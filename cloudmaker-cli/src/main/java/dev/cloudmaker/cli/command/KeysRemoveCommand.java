package dev.cloudmaker.cli.command;

import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.api.NamespaceKey;
import dev.cloudmaker.cli.Session;
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
        return noSync ? 0 : KeySyncRun.run(session, ns, false);
    }
}
