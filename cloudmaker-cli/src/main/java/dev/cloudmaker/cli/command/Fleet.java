package dev.cloudmaker.cli.command;

import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.ServerSelector;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.ServerFacts;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The namespace's servers as the lifecycle commands address them: by name, or by a role only one server plays. */
final class Fleet {
    private final Session session;
    private final Namespace namespace;
    private final Map<String, String> roles;

    Fleet(Session session) {
        this.session = session;
        this.namespace = session.namespace();
        this.roles = session.roles();
    }

    Namespace namespace() {
        return namespace;
    }

    CloudServer resolve(String nameOrRole) {
        return ServerSelector.of(session).one(nameOrRole);
    }

    /** Every name resolved before anything changes, each server once, in the order given. */
    private List<CloudServer> resolveAll(List<String> namesOrRoles) {
        ServerSelector selector = ServerSelector.of(session);
        Map<String, CloudServer> byId = new LinkedHashMap<>();
        namesOrRoles.forEach(n -> {
            CloudServer s = selector.one(n);
            byId.putIfAbsent(s.id(), s);
        });
        return new ArrayList<>(byId.values());
    }

    /**
     * The servers a command that takes several is pointed at: the names given (each a name or a one-server role,
     * in the order given), every server of {@code role}, or {@code all} of them; nothing chosen is a usage error.
     */
    List<CloudServer> choose(List<String> namesOrRoles, String role, boolean all) {
        return role == null && !all && !namesOrRoles.isEmpty() ? resolveAll(namesOrRoles)
                : ServerSelector.of(session).select(namesOrRoles, role, all);
    }

    /** Role and monthly price beside each server. */
    List<ServerFacts> facts(List<CloudServer> servers) {
        Map<String, Map<String, Double>> prices = new HashMap<>();
        for (String provider : servers.stream().map(CloudServer::provider).distinct().toList()) {
            Map<String, Double> ofProvider = new HashMap<>();
            session.provider(provider).catalog().sizes().forEach(size -> ofProvider.put(size.slug(), size.priceMonthly()));
            prices.put(provider, ofProvider);
        }
        return servers.stream().map(s -> new ServerFacts(s, roles.get(s.name()), prices.get(s.provider()).get(s.size()))).toList();
    }
}
