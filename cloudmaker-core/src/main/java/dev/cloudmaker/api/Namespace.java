package dev.cloudmaker.api;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.NamespaceTag;
import dev.cloudmaker.core.engine.ServerResize;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The resources of one namespace: servers carrying the tag {@code cloudmaker:<name>}, and account keys
 * and snapshots named {@code cloudmaker:<name>:<key or image>}. Nothing outside the namespace is read as its own or changed,
 * except a server brought in on purpose with {@link #adopt}. Every wait is bounded and names what it
 * waited for when it gives up.
 */
public final class Namespace {
    private static final Duration POLL_FIRST = Duration.ofMillis(500);
    private static final Duration POLL_MAX = Duration.ofSeconds(5);

    private final Provider provider;
    private final String name;

    Namespace(Provider provider, String name) {
        this.provider = provider;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The provider tag that marks this namespace's servers. */
    public String tag() {
        return NamespaceTag.of(name);
    }

    public List<CloudServer> servers() {
        return provider.listServers(tag());
    }

    public List<CloudServer> servers(Predicate<CloudServer> filter) {
        return servers().stream().filter(filter).toList();
    }

    public Optional<CloudServer> server(String serverName) {
        return servers().stream().filter(s -> s.name().equals(serverName)).findFirst();
    }

    /** The server of that name, or an error that says which names there are. */
    public CloudServer require(String serverName) {
        return server(serverName).orElseThrow(() -> new CloudmakerException("no server named " + serverName
                + " in namespace " + name + (servers().isEmpty() ? " (it has none)"
                : "; it has " + String.join(", ", servers().stream().map(CloudServer::name).toList()))));
    }


    /**
     * A snapshot by id (any the account holds: an id names one image), or by the name this namespace gave
     * it (the newest of that name); another namespace's image of the same name is never picked.
     */
    public Optional<ImageInfo> findSnapshot(String idOrName) {
        List<ImageInfo> all = provider.listSnapshots();
        return all.stream().filter(i -> i.id().equals(idOrName)).findFirst()
                .or(() -> all.stream().filter(i -> i.name().equals(snapshotName(idOrName))).reduce((first, later) -> later));
    }

    /** The images this namespace made ({@link #snapshot}), as the account lists them. */
    public List<ImageInfo> snapshots() {
        return provider.listSnapshots().stream().filter(i -> i.name().startsWith(tag() + ":")).toList();
    }

    /**
     * The account's name for this namespace's image {@code imageName}: {@code cloudmaker:<namespace>:<imageName>},
     * as its keys are named, so that namespaces of one account keep their images apart.
     */
    public String snapshotName(String imageName) {
        return tag() + ":" + imageName;
    }

    /** Creates one server in the namespace; refused when the namespace already has one of that name. */
    public CloudServer create(ServerRequest request) {
        server(request.name()).ifPresent(s -> {
            throw new CloudmakerException("namespace " + name + " already has a server named " + request.name() + " (id " + s.id() + ")");
        });
        List<String> tags = new ArrayList<>(request.tags());
        if (!tags.contains(tag())) {
            tags.add(tag());
        }
        ServerRequest tagged = new ServerRequest(request.name(), request.region(), request.size(), request.image(),
                request.backups(), request.ipv6(), request.monitoring(), request.vpcUuid(), tags, request.keyIds(), request.userData());
        return provider.createServers(List.of(tagged)).getFirst();
    }

    /** Asks for the change; pair with {@link #waitUntil} to see it done. */
    public void power(CloudServer server, PowerAction action, Duration timeout) {
        provider.power(server.id(), action, timeout);
    }

    /** The server once it is in {@code state} and no action runs on it; fails after {@code timeout}. */
    public CloudServer waitUntil(CloudServer server, ServerStatus state, Duration timeout) {
        return Waiter.waitingFor(server.name() + " to be " + state.label(), timeout)
                .polling(POLL_FIRST, POLL_MAX)
                .until(() -> provider.getServer(server.id()).orElseThrow(() -> new CloudmakerException(
                                server.name() + " (id " + server.id() + ") is gone while waiting for it to be " + state.label())),
                        s -> s.status() == state && !s.locked(),
                        CloudServer::describeState);
    }

    /**
     * Gives the server another size, powering it off for that if it runs and on again after; a resize cut
     * off in between leaves the server marked, and the next resize or provision finishes it.
     */
    public void resize(CloudServer server, String size, Duration timeout) {
        // through the engine's resize, so a run cut off while the server is off is finished by the next provision
        new ServerResize(provider, EngineSettings.defaults().withActiveTimeout(timeout).withPolling(POLL_FIRST, POLL_MAX))
                .apply(new PlanAction.ResizeServer(server.provider(), server.name(), server.id(), server.size(), size), server);
    }

    /** Saves the server's disk as this namespace's image {@code imageName} (named {@link #snapshotName} in the account). */
    public ImageInfo snapshot(CloudServer server, String imageName, Duration timeout) {
        return provider.snapshotServer(server.id(), snapshotName(imageName), timeout);
    }

    public void delete(CloudServer server) {
        provider.deleteServer(server.id());
    }

    public void tag(CloudServer server, String tag) {
        provider.tagServer(server.id(), tag);
    }

    public void untag(CloudServer server, String tag) {
        provider.untagServer(server.id(), tag);
    }

    /**
     * Brings a server cloudmaker did not create into the namespace under the name it has (cloudmaker
     * matches servers by name). Refused when its name is not {@code expectedName} or is taken.
     */
    public CloudServer adopt(String serverId, String expectedName) {
        CloudServer server = provider.getServer(serverId).orElseThrow(() -> new CloudmakerException("no server with id " + serverId));
        if (server.tags().contains(tag())) {
            return server;
        }
        Optional<String> other = server.tags().stream().filter(t -> t.startsWith(NamespaceTag.of(""))).findFirst();
        if (other.isPresent()) {
            throw new CloudmakerException("server " + serverId + " (" + server.name() + ") belongs to namespace "
                    + other.get().substring(NamespaceTag.of("").length()) + "; it is managed there, not imported into " + name);
        }
        if (!server.name().equals(expectedName)) {
            throw new CloudmakerException("server " + serverId + " is named " + server.name() + ", not " + expectedName
                    + "; import it as " + server.name() + " or rename it first");
        }
        server(expectedName).ifPresent(s -> {
            throw new CloudmakerException("namespace " + name + " already has a server named " + expectedName + " (id " + s.id() + ")");
        });
        provider.tagServer(serverId, tag());
        return provider.getServer(serverId).orElse(server);
    }

    /** This namespace's keys in the account, by the name they were added under. */
    public List<NamespaceKey> keys() {
        String prefix = tag() + ":";
        return provider.listKeys().stream().filter(k -> k.name().startsWith(prefix))
                .map(k -> new NamespaceKey(k.name().substring(prefix.length()), k)).toList();
    }

    /** Registers a key for the namespace; the same name with the same key again is fine, another key is refused. */
    public NamespaceKey addKey(String keyName, SshPublicKey key) {
        NamespaceKey.requireValidName(keyName);
        Optional<NamespaceKey> existing = keys().stream().filter(k -> k.name().equals(keyName)).findFirst();
        if (existing.isPresent()) {
            if (existing.get().key().fingerprint().equals(key.md5Fingerprint())) {
                return existing.get();
            }
            throw new CloudmakerException("namespace " + name + " already has a key named " + keyName
                    + " with another fingerprint (" + existing.get().key().fingerprint() + "); remove it first");
        }
        return new NamespaceKey(keyName, provider.createKey(tag() + ":" + keyName, key));
    }

    /** Removes the key from the account; true when there was one of that name. */
    public boolean removeKey(String keyName) {
        Optional<NamespaceKey> existing = keys().stream().filter(k -> k.name().equals(keyName)).findFirst();
        existing.ifPresent(k -> provider.deleteKey(k.key().id()));
        return existing.isPresent();
    }
}
