package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.api.NamespaceKey;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.SshPublicKey;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "The namespace's keys in the account; the definition's own key is on every server besides them.")
public final class KeysListCommand extends KeysSubcommand {
    @Override
    int run(Session session, Namespace ns) {
        List<NamespaceKey> keys = ns.keys();
        if (session.options().json()) {
            ObjectNode doc = Json.object().put("namespace", ns.name());
            ArrayNode out = doc.putArray("keys");
            keys.forEach(k -> out.addObject().put("name", k.name()).put("id", k.key().id())
                    .put("fingerprint", k.key().fingerprint()).put("public_key", k.key().publicKey()));
            session.json().write(doc);
            return 0;
        }
        Table table = new Table("NAME", "TYPE", "FINGERPRINT", "COMMENT");
        for (NamespaceKey k : keys) {
            SshPublicKey key = SshPublicKey.parse(k.key().publicKey());
            table.row(k.name(), key.type(), k.key().fingerprint(), key.comment().isEmpty() ? null : key.comment());
        }
        table.print(session.out());
        session.err().println(keys.size() + " key(s) in namespace " + ns.name()
                + "; the definition's key (" + session.credentials().publicKey().md5Fingerprint() + ") is on every server as well.");
        return 0;
    }
}
