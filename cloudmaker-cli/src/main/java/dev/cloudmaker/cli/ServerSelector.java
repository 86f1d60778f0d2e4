package dev.cloudmaker.cli;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.CloudServer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the namespace's servers the way a user names them: by name, or by role when that role has
 * exactly one server (as cgcloud did), or every server of a role with {@code --role}. A server's
 * role is the one the definition gives it. Errors list what there is to choose from.
 */
public final class ServerSelector {
    private final String namespace;
    private final List<CloudServer> servers;
    private final Map<String, String> roles;

    /** {@code roles}: server name → role, as cloud.json declares them. */
    public ServerSelector(String namespace, List<CloudServer> servers, Map<String, String> roles) {
        this.namespace = namespace;
        this.servers = List.copyOf(servers);
        this.roles = Map.copyOf(roles);
    }

    public ServerSelector(String namespace, List<CloudServer> servers, Definition definition) {
        this(namespace, servers, definition.servers().stream().filter(s -> s.role() != null)
                .collect(java.util.stream.Collectors.toMap(ServerSpec::name, ServerSpec::role)));
    }

    /** The servers the provider lists in the session's namespace, with cloud.json's roles (none without one). */
    public static ServerSelector of(Session session) {
        return new ServerSelector(session.namespaceName(), session.namespace().servers(), session.roles());
    }

    public List<CloudServer> all() {
        return servers;
    }

    public Optional<String> roleOf(CloudServer server) {
        return Optional.ofNullable(roles.get(server.name()));
    }

    /** One server, by its name or by a role only it plays. */
    public CloudServer one(String nameOrRole) {
        Optional<CloudServer> byName = servers.stream().filter(s -> s.name().equals(nameOrRole)).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        List<CloudServer> ofRole = ofRole(nameOrRole);
        if (ofRole.size() == 1) {
            return ofRole.getFirst();
        }
        if (ofRole.size() > 1) {
            throw new CloudmakerException("role " + nameOrRole + " has " + ofRole.size() + " servers (" + names(ofRole)
                    + "): name one of them (commands that take several servers also take --role " + nameOrRole + ")");
        }
        throw unknown(nameOrRole);
    }

    /**
     * The servers named (each a name or a one-server role), every server of {@code role}, or all of them;
     * each once, in listing order. Nothing chosen is an error that says how to choose.
     */
    public List<CloudServer> select(List<String> namesOrRoles, String role, boolean all) {
        if (all) {
            requireChoice(namesOrRoles, role, true);
            if (servers.isEmpty()) {
                throw new CloudmakerException("namespace " + namespace + " has no servers");
            }
            return servers;
        }
        Set<CloudServer> chosen = new LinkedHashSet<>();
        if (role != null) {
            List<CloudServer> ofRole = ofRole(role);
            if (ofRole.isEmpty()) {
                throw new CloudmakerException("no server plays role " + role + " in namespace " + namespace + "; " + choices());
            }
            chosen.addAll(ofRole);
        }
        namesOrRoles.forEach(n -> chosen.add(one(n)));
        if (chosen.isEmpty()) {
            throw new UsageException("name the servers, or use --role ROLE or --all; " + choices());
        }
        return servers.stream().filter(chosen::contains).toList();
    }

    /** Names, a role, or all: something chosen, and --all alone. Checked before the servers are read. */
    public static void requireChoice(List<String> namesOrRoles, String role, boolean all) {
        if (all && (!namesOrRoles.isEmpty() || role != null)) {
            throw new UsageException("--all takes every server; leave out the names and --role");
        }
        if (!all && role == null && namesOrRoles.isEmpty()) {
            throw new UsageException("name the servers, or use --role ROLE or --all");
        }
    }

    private List<CloudServer> ofRole(String role) {
        return servers.stream().filter(s -> roleOf(s).filter(role::equals).isPresent()).toList();
    }

    private CloudmakerException unknown(String nameOrRole) {
        return new CloudmakerException("no server or role \"" + nameOrRole + "\" in namespace " + namespace + "; " + choices());
    }

    /** "servers: a, b; roles: web (a), db (b)", or that there are none. */
    private String choices() {
        if (servers.isEmpty()) {
            return "it has no servers";
        }
        Map<String, List<CloudServer>> roles = new TreeMap<>();
        servers.forEach(s -> roleOf(s).ifPresent(r -> roles.computeIfAbsent(r, k -> new ArrayList<>()).add(s)));
        Map<String, String> described = new LinkedHashMap<>();
        roles.forEach((r, members) -> described.put(r, r + " (" + names(members) + ")"));
        return "servers: " + names(servers) + (roles.isEmpty() ? "" : "; roles: " + String.join(", ", described.values()));
    }

    private static String names(Collection<CloudServer> servers) {
        return String.join(", ", servers.stream().map(CloudServer::name).toList());
    }
}
