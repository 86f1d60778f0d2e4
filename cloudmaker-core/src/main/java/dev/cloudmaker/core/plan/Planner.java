package dev.cloudmaker.core.plan;

import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.plan.PlanAction.CreateServer;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Firewall;
import dev.cloudmaker.core.spi.ServerChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes what {@code provision} must do to make the cloud match the definition. Pure: it reads
 * the definition and what was observed, and returns a {@link Plan}. {@code ownerOf} is asked, only
 * when a DNS name conflicts, who holds the address it points at, so the error can name them;
 * {@code changeOf} is the provider's reading of a declared server against the one it runs
 * ({@link dev.cloudmaker.core.spi.Servers#plan}); {@code zonePolicy} says whether a missing DNS zone may be planned.
 */
public final class Planner {
    private final Definition definition;
    private final SshPublicKey key;
    private final Observed observed;
    private final Set<String> replaceAllowed;
    private final Function<String, Optional<String>> ownerOf;
    private final BiFunction<ServerSpec, CloudServer, ServerChange> changeOf;
    private final ZonePolicy zonePolicy;

    public Planner(Definition definition, SshPublicKey key, Observed observed, Set<String> replaceAllowed,
                   Function<String, Optional<String>> ownerOf, BiFunction<ServerSpec, CloudServer, ServerChange> changeOf,
                   ZonePolicy zonePolicy) {
        this.definition = definition;
        this.key = key;
        this.observed = observed;
        this.replaceAllowed = Set.copyOf(replaceAllowed);
        this.ownerOf = ownerOf;
        this.changeOf = changeOf;
        this.zonePolicy = zonePolicy;
    }

    /** A planner for a DNS provider whose zones are free: missing zones are planned. */
    public Planner(Definition definition, SshPublicKey key, Observed observed, Set<String> replaceAllowed,
                   Function<String, Optional<String>> ownerOf, BiFunction<ServerSpec, CloudServer, ServerChange> changeOf) {
        this(definition, key, observed, replaceAllowed, ownerOf, changeOf, ZonePolicy.FREE);
    }

    public Plan provision(String definitionDigest) {
        return provision(definitionDigest, false);
    }

    /**
     * @param adopt import the servers outside every namespace that bear a declared server's name (see
     *              {@link Observed#unmanaged()}) instead of stopping at them
     */
    public Plan provision(String definitionDigest, boolean adopt) {
        List<PlanAction> actions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> heldBack = new ArrayList<>();
        Map<String, CloudServer> existing = uniqueServersByName();
        Map<String, CloudServer> adopted = new SameNamedServers(definition, observed.unmanaged())
                .resolve(definition.servers().stream().filter(s -> !existing.containsKey(s.name())).toList(), adopt);
        uploadKeys(definition.servers().stream().map(ServerSpec::provider).toList(), actions);
        adopted.forEach((name, s) -> actions.add(new PlanAction.AdoptServer(s.provider(), name, s.id(), s.region(),
                s.networking().publicIpv4())));
        Map<String, CloudServer> known = new LinkedHashMap<>(existing);
        known.putAll(adopted);
        Map<String, CloudServer> replaced = new LinkedHashMap<>();
        for (ServerSpec spec : definition.servers()) {
            CloudServer server = known.get(spec.name());
            if (server == null) {
                actions.add(createOf(spec));
            } else {
                serverDrift(spec, server, actions, notes, heldBack, replaced);
            }
        }
        undeclared(existing.values()).ifPresent(notes::add);
        // an adopted server's records already pointing at it are its own: they are kept, not planned again
        new DnsPlanner(definition, observed, known, replaced, ownerOf, zonePolicy).plan(actions);
        return new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.copyOf(definition.providers().keySet()), definition.dns(),
                definition.namespace(), definitionDigest, actions, notes, heldBack);
    }

    /**
     * The namespace's servers this definition does not declare: they may well be another directory's, whose
     * definition uses the same namespace, so they are left alone and deleting them is never offered without that risk.
     */
    private Optional<String> undeclared(java.util.Collection<CloudServer> servers) {
        List<String> names = servers.stream().filter(s -> definition.server(s.name()).isEmpty())
                .map(s -> s.name() + " (id " + s.id() + ")").toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String ns = definition.namespace();
        return Optional.of("namespace " + ns + " holds " + (names.size() == 1 ? "a server " : "servers ")
                + definition.file().getFileName() + " does not declare: " + String.join(", ", names) + ". Left alone: if"
                + " another directory's definition also uses namespace " + ns + ", they are its servers, and deleting them"
                + " from here (`cloudmaker terminate NAME`) would take them from that project. Give each project its own"
                + " namespace (\"namespace\" in cloud.json, or --namespace); see `Namespaces` in docs/user-guide.md");
    }

    /** Deletes the named servers (all declared ones when {@code names} is empty) and the records pointing at them. */
    public Plan destroy(List<String> names, String definitionDigest) {
        Map<String, CloudServer> existing = uniqueServersByName();
        Set<String> targets = names.isEmpty()
                ? definition.servers().stream().map(ServerSpec::name).collect(Collectors.toCollection(LinkedHashSet::new))
                : new LinkedHashSet<>(names);
        List<PlanAction> actions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<CloudServer> doomed = new ArrayList<>();
        List<String> unknown = targets.stream().filter(n -> !existing.containsKey(n) && definition.server(n).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            // a name neither declared nor running is a typo, not a server already gone
            Set<String> known = new LinkedHashSet<>(definition.servers().stream().map(ServerSpec::name).toList());
            known.addAll(existing.keySet());
            throw new PlanException("no server " + String.join(", ", unknown) + " in " + definition.file().getFileName()
                    + " or in namespace " + definition.namespace() + "; servers: " + (known.isEmpty() ? "none" : String.join(", ", known)));
        }
        for (String name : targets) {
            CloudServer server = existing.get(name);
            if (server == null) {
                notes.add("server " + name + " does not exist in namespace " + definition.namespace() + "; nothing to delete");
            } else {
                doomed.add(server);
                if (definition.server(name).isEmpty()) {
                    notes.add("server " + name + " is in namespace " + definition.namespace() + " but not in "
                            + definition.file().getFileName() + ": if another directory's definition uses namespace "
                            + definition.namespace() + ", it is that project's server, and this deletes it");
                }
            }
        }
        new DnsPlanner(definition, observed, existing, Map.of(), ownerOf, zonePolicy).planDeletes(doomed, actions);
        doomed.forEach(s -> actions.add(new PlanAction.DeleteServer(s.provider(), s.name(), s.id())));
        return plan(Plan.Kind.DESTROY, definitionDigest, actions, notes);
    }

    /**
     * Deletes the named server and creates it again from {@code image} (null: the declared image, else
     * the one it was made from), with the same name, region and size; the DNS names declared for it
     * follow the new address. A server not in the definition is made again in its current shape.
     */
    public Plan recreate(String name, String image, String definitionDigest) {
        CloudServer server = uniqueServersByName().get(name);
        if (server == null) {
            throw new PlanException("no server named " + name + " in namespace " + definition.namespace() + " to recreate");
        }
        Optional<ServerSpec> spec = definition.server(name);
        String from = image != null ? image : spec.map(ServerSpec::image).orElse(server.image());
        if (from == null) {
            throw new PlanException(name + " is not in " + definition.file().getFileName() + " and was not made from a public image;"
                    + " name the image to recreate it from with --from IMAGE");
        }
        CreateServer create = spec.map(s -> withImage(createOf(s), from)).orElseGet(() -> likeExisting(server, from));
        List<PlanAction> actions = new ArrayList<>();
        uploadKeys(List.of(create.provider()), actions);
        actions.add(new PlanAction.ReplaceServer(server.provider(), server.id(), "recreate from image " + from, create));
        new DnsPlanner(definition, observed, uniqueServersByName(), Map.of(name, server), ownerOf, zonePolicy)
                .plan(actions, s -> s.name().equals(name));
        return plan(Plan.Kind.PROVISION, definitionDigest, actions, List.of());
    }

    private Plan plan(Plan.Kind kind, String definitionDigest, List<PlanAction> actions, List<String> notes) {
        return new Plan(Plan.FORMAT_VERSION, kind, List.copyOf(definition.providers().keySet()), definition.dns(),
                definition.namespace(), definitionDigest, actions, notes);
    }

    /** The key belongs in every account the definition has servers on; it is uploaded where it is missing, once. */
    private void uploadKeys(List<String> providers, List<PlanAction> actions) {
        new LinkedHashSet<>(providers).stream().filter(p -> observed.key(p).isEmpty())
                .forEach(p -> actions.add(new PlanAction.UploadKey(p, keyName(), key.md5Fingerprint())));
    }

    private static CreateServer withImage(CreateServer c, String image) {
        return new CreateServer(c.provider(), c.name(), c.region(), c.size(), image, c.backups(), c.ipv6(), c.monitoring(), c.vpcUuid(),
                c.tags(), c.userData(), c.options(), c.firewall());
    }

    /** An undeclared server's shape as observed, tags included (the provider drops those that spell its own marks). */
    private CreateServer likeExisting(CloudServer server, String image) {
        List<String> tags = server.tags();
        return new CreateServer(server.provider(), server.name(), server.region(), server.size(), image, server.backups(),
                server.networking().publicIpv6() != null, false, null, tags, null);
    }

    private void serverDrift(ServerSpec spec, CloudServer server, List<PlanAction> actions, List<String> notes,
                             List<String> heldBack, Map<String, CloudServer> replaced) {
        boolean moves = !spec.provider().equals(server.provider());
        ServerChange change = moves ? new ServerChange(false, List.of("provider " + server.provider() + " → " + spec.provider()))
                : changeOf.apply(spec, server);
        List<String> reasons = change.replaceReasons();
        if (!reasons.isEmpty()) {
            String reason = String.join(", ", reasons);
            if (replaceAllowed.contains(spec.name())) {
                actions.add(new PlanAction.ReplaceServer(server.provider(), server.id(), reason, createOf(spec)));
                replaced.put(spec.name(), server);
                return;
            }
            heldBack.add(spec.name());
            notes.add("server " + spec.name() + " must be replaced to change " + reason
                    + "; not done unless you run with --replace " + spec.name() + " (it deletes the server and its disk)");
        }
        if (change.resize()) {
            actions.add(new PlanAction.ResizeServer(server.provider(), spec.name(), server.id(), server.size(), spec.size()));
        }
    }

    private CreateServer createOf(ServerSpec spec) {
        boolean ipv6 = spec.ipv6() != null ? spec.ipv6() : observed.regionSupportsIpv6(spec.provider(), spec.region());
        return new CreateServer(spec.provider(), spec.name(), spec.region(), spec.size(), spec.image(), spec.backups(), ipv6,
                spec.monitoring(), spec.vpcUuid(), spec.tags(), spec.userData(), spec.options(), firewall(spec));
    }

    /** The hardened SSH port and the ports the server's role opens, as the host firewall will. */
    private Firewall firewall(ServerSpec spec) {
        Set<PortSpec> ports = new LinkedHashSet<>();
        ports.add(new PortSpec(definition.bootstrap() == null ? 22 : definition.bootstrap().sshPort(), "tcp"));
        RoleSpec role = spec.role() == null ? null : definition.roles().get(spec.role());
        if (role != null) {
            ports.addAll(role.ports());
        }
        return new Firewall(spec.role(), List.copyOf(ports));
    }

    /** Two servers with one name in the namespace, on one provider or two: cloudmaker will not guess which is meant. */
    private Map<String, CloudServer> uniqueServersByName() {
        Map<String, List<CloudServer>> byName = observed.servers().stream()
                .collect(Collectors.groupingBy(CloudServer::name, LinkedHashMap::new, Collectors.toList()));
        List<String> ambiguous = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " (ids " + e.getValue().stream().map(s -> s.id() + (definition.providers().size() > 1 ? " on " + s.provider() : ""))
                        .collect(Collectors.joining(", ")) + ")")
                .toList();
        if (!ambiguous.isEmpty()) {
            throw new PlanException("namespace " + definition.namespace() + " holds more than one server named "
                    + String.join("; ", ambiguous) + ". cloudmaker will not guess which one is meant: delete the"
                    + " extra ones in the provider's console, then run again");
        }
        Map<String, CloudServer> unique = new LinkedHashMap<>();
        byName.forEach((name, list) -> unique.put(name, list.get(0)));
        return unique;
    }

    private String keyName() {
        return key.comment().isBlank() ? "cloudmaker" : "cloudmaker " + key.comment();
    }
}
