package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.api.NamespaceKey;
import dev.cloudmaker.cli.PublicKeyFile;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.SshPublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Register a public key for the namespace (cgcloud's register-key), then put it on every running server.")
public final class KeysAddCommand extends KeysSubcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "What to call the key, e.g. alice@laptop.")
    String name;

    @Parameters(index = "1", paramLabel = "PUBKEY_FILE", description = "The public key file, e.g. ~/.ssh/id_ed25519.pub.")
    Path file;

    @Option(names = "--no-sync", description = "Only register the key; the servers get it at the next `keys sync`.")
    boolean noSync;

    @Override
    int run(Session session, Namespace ns) {
        SshPublicKey key = PublicKeyFile.read(file);
        NamespaceKey added = ns.addKey(name, key);
        session.out().println("Key " + added.name() + " (" + key.type() + ", " + key.md5Fingerprint() + ") is registered for namespace " + ns.name() + ".");
        ObjectNode sync = noSync ? null : KeySyncRun.run(session, ns, false);
        if (session.options().json()) {
            ObjectNode doc = Json.object().put("outcome", "added");
            doc.putObject("key").put("name", added.name()).put("id", added.key().id()).put("type", key.type())
                    .put("fingerprint", added.key().fingerprint());
            session.json().write(doc.set("sync", sync));
        }
        return ExitCodes.OK;
    }
}
