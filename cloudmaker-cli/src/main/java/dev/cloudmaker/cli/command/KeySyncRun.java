package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.api.NamespaceKey;
import dev.cloudmaker.cli.LoginCheck;
import dev.cloudmaker.cli.ServerAccess;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.keys.AuthorizedKeys;
import dev.cloudmaker.ssh.keys.KeySync;
import dev.cloudmaker.ssh.keys.KeySyncOutcome;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sync that `keys sync`, `keys add` and `keys remove` end with: every running server, a line each. */
final class KeySyncRun {
    private static final int PARALLELISM = 32;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KeySyncRun() {
    }

    /**
     * {@code required}: asked for by name (`keys sync`), so not being able to sync at all is an error.
     * Returns what happened for the command's JSON document: {@code outcome} synced or skipped, and per server.
     */
    static ObjectNode run(Session session, Namespace ns, boolean required) {
        Optional<String> noLogin = LoginCheck.whyNot(session);
        if (noLogin.isPresent()) {
            String nobody = "cloudmaker logs in to no server here (" + noLogin.get() + "), so no authorized_keys were synced.";
            if (required) {
                throw new CloudmakerException(nobody);
            }
            session.err().println("note: " + nobody);
            return Json.object().put("outcome", "skipped").put("reason", nobody);
        }
        List<CloudServer> servers = ns.servers();
        List<CloudServer> running = servers.stream().filter(s -> s.status() == ServerStatus.ACTIVE).toList();
        AuthorizedKeys wanted = AuthorizedKeys.of(ns.name(), session.credentials().publicKey(), ns.keys().stream().map(KeySyncRun::parse).toList());
        session.out().println("Syncing authorized_keys of " + new ServerAccess(session).user() + " on " + running.size()
                + " running server(s): the definition's key and " + (wanted.keyCount() - 1) + " more.");
        servers.stream().filter(s -> !running.contains(s))
                .forEach(s -> session.out().println(s.name() + ": skipped (" + s.status().label() + "; synced when it runs and `keys sync` is run)"));
        List<KeySyncOutcome> outcomes;
        try (SshConnector connector = new SshConnector()) {
            outcomes = new KeySync(new ServerAccess(session).login(connector), PARALLELISM, TIMEOUT).run(running, wanted);
        }
        outcomes.forEach(o -> session.out().println(o.server() + ": " + (o.failed() ? session.style().error(o.describe()) : o.describe())));
        List<String> failed = outcomes.stream().filter(KeySyncOutcome::failed).map(KeySyncOutcome::server).toList();
        if (!failed.isEmpty()) {
            throw new CloudmakerException("authorized_keys not synced on " + failed.size() + " of " + outcomes.size() + " server(s): "
                    + String.join(", ", failed) + "; run `cloudmaker keys sync` again once they can be reached");
        }
        ObjectNode doc = Json.object().put("outcome", "synced");
        ArrayNode list = doc.putArray("servers");
        outcomes.forEach(o -> list.addObject().put("name", o.server()).put("outcome", o.kind().name().toLowerCase(Locale.ROOT))
                .put("added", o.added()).put("removed", o.removed()));
        servers.stream().filter(s -> !running.contains(s)).forEach(s -> list.addObject().put("name", s.name()).put("outcome", "skipped"));
        return doc;
    }

    private static SshPublicKey parse(NamespaceKey k) {
        try {
            return SshPublicKey.parse(k.key().publicKey());
        } catch (IllegalArgumentException e) {
            throw new CloudmakerException("the account's key " + k.name() + " (" + k.key().fingerprint() + ") cannot be used: "
                    + e.getMessage() + "; remove it with `cloudmaker keys remove " + k.name() + "`");
        }
    }
}
