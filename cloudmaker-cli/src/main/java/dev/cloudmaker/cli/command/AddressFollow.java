package dev.cloudmaker.cli.command;

import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.engine.RecordsFollow;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import java.util.List;
import java.util.Optional;

/**
 * After a start on a cloud whose servers get a new public address each time (EC2, whose provider declares no
 * stable addresses): the server's declared DNS names follow it, so the next provision finds them in place.
 */
final class AddressFollow {
    private AddressFollow() {
    }

    /** Whether this start must wait for the server's new address and move its names there. */
    static boolean needed(Session session, CloudServer server, PowerAction action) {
        return action == PowerAction.START && session.hasDefinition() && server.provider() != null
                && session.providers().dnsName() != null
                && !session.providers().get(server.provider()).capabilities().stableAddresses()
                && spec(session, server).map(s -> !s.names().isEmpty()).orElse(false);
    }

    /** Moves the names of {@code running} to its addresses now; says what changed, empty when nothing did. */
    static String follow(Session session, Namespace ns, CloudServer running) {
        List<CloudServer> servers = ns.servers();
        List<String> lines = RecordsFollow.apply(session.providers().dns(), spec(session, running).orElseThrow(), running,
                address -> servers.stream().filter(s -> holds(s.networking(), address)).map(CloudServer::name).findFirst());
        return lines.isEmpty() ? "" : "; " + String.join("; ", lines);
    }

    private static boolean holds(Networking n, String address) {
        return n.holdsPublic(address);
    }

    private static Optional<ServerSpec> spec(Session session, CloudServer server) {
        return session.definition().servers().stream().filter(s -> s.name().equals(server.name())).findFirst();
    }
}
