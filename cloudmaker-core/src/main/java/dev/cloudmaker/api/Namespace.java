package dev.cloudmaker.api;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.NamesFollow;
import dev.cloudmaker.core.engine.Parallel;
import dev.cloudmaker.core.engine.PowerOn;
import dev.cloudmaker.core.engine.PoweredOn;
import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.engine.ServerResize;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The resources of one namespace on every provider of a definition: servers carrying its
 * {@link Mark.Namespace}, and account keys and snapshots {@link Named} for it (each provider spells these
 * its own way; DigitalOcean: the tag {@code cloudmaker:<name>} and names {@code cloudmaker:<name>:<key or image>}).
 * A server is operated on the provider it runs on ({@link CloudServer#provider()}); keys are kept in every
 * account. Nothing outside the namespace is read as its own or changed, except a server brought in on
 * purpose with {@link #adopt}. Every wait is bounded and names what it waited for when it gives up.
 */
public final class Namespace {
    private static final Duration POLL_FIRST = Duration.ofMillis(500);
    private static final Duration POLL_MAX = Duration.ofSeconds(5);

    private final Providers providers;
    private final String name;
    private final Function<String, List<String>> namesOf;

    /** @param namesOf each server's declared DNS names, which follow it to a new address after a start ({@link NamesFollow}) */
    Namespace(Providers providers, String name, Function<String, List<String>> namesOf) {
        this.providers = providers;
        this.name = name;
        this.namesOf = namesOf;
    }

    public String name() {
        return name;
    }

    /** The namespace's servers on every provider, each carrying the name of its provider. */
    public List<CloudServer> servers() {
        return everywhere(p -> p.servers().list(name));
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
        List<ImageInfo> all = everywhere(p -> p.images().list());
        return all.stream().filter(i -> i.id().equals(idOrName)).findFirst()
                .or(() -> all.stream().filter(i -> snapshotName(idOrName).equals(i.named())).reduce((first, later) -> later));
    }

    /** The images this namespace made ({@link #snapshot}), as the account lists them. */
    public List<ImageInfo> snapshots() {
        return everywhere(p -> p.images().list()).stream().filter(i -> i.named() != null && name.equals(i.named().namespace())).toList();
    }

    /** This namespace's images named {@code imageName}, in listing order: one, unless made twice before names were kept unique. */
    public List<ImageInfo> snapshotsNamed(String imageName) {
        Named wanted = snapshotName(imageName);
        return snapshots().stream().filter(i -> wanted.equals(i.named())).toList();
    }

    /** Refuses a name this namespace's images already have, naming that image and the ways on. */
    public void requireNewSnapshotName(String imageName) {
        List<ImageInfo> taken = snapshotsNamed(imageName);
        if (!taken.isEmpty()) {
            ImageInfo first = taken.getFirst();
            throw new CloudmakerException("namespace " + name + " already has an image named " + imageName + " (id " + first.id()
                    + (first.createdAt() != null ? ", made " + first.createdAt() : "") + "); choose another name, replace it "
                    + "(`cloudmaker image SERVER --as " + imageName + " --replace`), or delete it first (`cloudmaker image delete "
                    + imageName + "`)");
        }
    }

    /** This namespace's image {@code imageName}, as its keys are named, so that namespaces of one account keep their images apart. */
    public Named snapshotName(String imageName) {
        return new Named(name, imageName);
    }

    /** Creates one server in the namespace on its only provider; refused when the namespace already has one of that name. */
    public CloudServer create(ServerRequest request) {
        return create(only(), request);
    }

    /** Creates one server in the namespace on the named provider; refused when the namespace already has one of that name. */
    public CloudServer create(String provider, ServerRequest request) {
        server(request.name()).ifPresent(s -> {
            throw new CloudmakerException("namespace " + name + " already has a server named " + request.name() + " (id " + s.id() + ")");
        });
        return providers.get(provider).servers().create(request.toBuilder().namespace(name).build());
    }

    /**
     * Asks for the change; pair with {@link #waitUntil} to see it done. A start of a server whose DNS names must follow
     * it to a new address ({@link #namesFollow}) also waits until it runs and moves them ({@link PowerOn}).
     *
     * @return what the server's names did, one line per record changed or left alone; empty when none had to follow
     */
    public List<String> power(CloudServer server, PowerAction action, Duration timeout) {
        if (action == PowerAction.START) {
            return new PowerOn(on(server), settings(timeout), follow()).start(server, false).moved();
        }
        // a stop or a reboot moves no name: a reboot keeps the address on every cloud
        on(server).servers().power(server.id(), action, timeout);
        return List.of();
    }

    /**
     * Whether a start of this server waits for it to run and moves its DNS names: it declares names (a namespace opened
     * from a definition: {@code Project.namespace()}), the definition has a DNS provider, and its cloud gives a started
     * server a new public address (EC2).
     */
    public boolean namesFollow(CloudServer server) {
        return follow().needed(on(server), server);
    }

    /** The server once it is in {@code state} and no action runs on it; fails after {@code timeout}. */
    public CloudServer waitUntil(CloudServer server, ServerStatus state, Duration timeout) {
        return Waiter.waitingFor(server.name() + " to be " + state.label(), timeout)
                .polling(POLL_FIRST, POLL_MAX)
                .until(() -> on(server).servers().get(server.id()).orElseThrow(() -> new CloudmakerException(
                                server.name() + " (id " + server.id() + ") is gone while waiting for it to be " + state.label())),
                        s -> s.status() == state && !s.locked(),
                        CloudServer::failure,
                        CloudServer::describeState);
    }

    /**
     * Gives the server another size, powering it off for that if it runs and on again after; a resize cut
     * off in between leaves the server marked, and the next resize or provision finishes it. The start after it is
     * {@link #power}'s: the server's DNS names follow a new address.
     *
     * @return what the server's names did after the start, as {@link #power} says
     */
    public List<String> resize(CloudServer server, String size, Duration timeout) {
        // through the engine's resize, so a run cut off while the server is off is finished by the next provision
        return new ServerResize(on(server), settings(timeout), follow())
                .apply(new PlanAction.ResizeServer(server.provider(), server.name(), server.id(), server.size(), size), server)
                .map(PoweredOn::moved).orElse(List.of());
    }

    private static EngineSettings settings(Duration timeout) {
        return EngineSettings.defaults().withActiveTimeout(timeout).withPolling(POLL_FIRST, POLL_MAX);
    }

    private NamesFollow follow() {
        return NamesFollow.of(providers, namesOf, this::servers);
    }

    /**
     * Saves the server's disk as this namespace's image {@code imageName} (named {@link #snapshotName} in the account);
     * refused when the namespace has an image of that name ({@link #requireNewSnapshotName}).
     */
    public ImageInfo snapshot(CloudServer server, String imageName, Duration timeout) {
        requireNewSnapshotName(imageName);
        return on(server).images().snapshot(server.id(), snapshotName(imageName), timeout);
    }

    /**
     * Saves the server's disk as {@code imageName}, then deletes the namespace's earlier images of that name, so the
     * name always leads to a usable image; returns the new one.
     */
    public ImageInfo replaceSnapshot(CloudServer server, String imageName, Duration timeout) {
        List<ImageInfo> earlier = snapshotsNamed(imageName);
        ImageInfo made = on(server).images().snapshot(server.id(), snapshotName(imageName), timeout);
        earlier.stream().filter(i -> !i.id().equals(made.id())).forEach(i -> deleteImage(i.id()));
        return made;
    }

    /**
     * Deletes one of this namespace's images, by id or by name; returns it. Refused for an image the namespace did
     * not make, and for a name two images share (then each is deleted by its id).
     */
    public ImageInfo deleteSnapshot(String idOrName) {
        List<ImageInfo> ours = snapshots();
        List<ImageInfo> chosen = ours.stream().filter(i -> i.id().equals(idOrName)).toList();
        if (chosen.isEmpty()) {
            chosen = snapshotsNamed(idOrName);
        }
        if (chosen.isEmpty()) {
            everywhere(p -> p.images().list()).stream().filter(i -> i.id().equals(idOrName)).findFirst().ifPresent(i -> {
                throw new CloudmakerException("image " + idOrName + " (" + i.name() + ") was not made in namespace " + name
                        + "; cloudmaker deletes only the namespace's own images");
            });
            throw new CloudmakerException("namespace " + name + " has no image named " + idOrName + " or with that id"
                    + (ours.isEmpty() ? " (it has none)" : "; its images: " + String.join(", ",
                    ours.stream().map(i -> i.named().name() + " (id " + i.id() + ")").toList())));
        }
        if (chosen.size() > 1) {
            throw new CloudmakerException("namespace " + name + " has " + chosen.size() + " images named " + idOrName + " (ids "
                    + String.join(", ", chosen.stream().map(ImageInfo::id).toList()) + "); delete them one by one by id");
        }
        deleteImage(chosen.getFirst().id());
        return chosen.getFirst();
    }

    /** Deletes the image from the account that holds it (an id names one image). */
    private void deleteImage(String imageId) {
        if (providers.names().size() == 1) {
            providers.get(only()).images().delete(imageId);
            return;
        }
        for (String p : providers.names()) {
            Provider provider = providers.get(p);
            if (provider.images().list().stream().anyMatch(i -> i.id().equals(imageId))) {
                provider.images().delete(imageId);
                return;
            }
        }
    }

    public void delete(CloudServer server) {
        on(server).servers().delete(server.id());
    }

    /** Adds a tag of the user's own to the server; already tagged is fine. */
    public void tag(CloudServer server, String tag) {
        on(server).servers().mark(server.id(), new Mark.Tag(tag), true);
    }

    /** Removes a tag of the user's own from the server; not tagged is fine. */
    public void untag(CloudServer server, String tag) {
        on(server).servers().mark(server.id(), new Mark.Tag(tag), false);
    }

    /**
     * Brings a server cloudmaker did not create into the namespace under the name it has (cloudmaker
     * matches servers by name). Refused when its name is not {@code expectedName} or is taken.
     */
    public CloudServer adopt(String serverId, String expectedName) {
        return adopt(only(), serverId, expectedName);
    }

    /** {@link #adopt(String, String)} on the named provider. */
    public CloudServer adopt(String providerName, String serverId, String expectedName) {
        Provider provider = providers.get(providerName);
        CloudServer server = provider.servers().get(serverId).orElseThrow(() -> new CloudmakerException("no server with id " + serverId));
        if (name.equals(server.namespace())) {
            return server;
        }
        if (server.namespace() != null) {
            throw new CloudmakerException("server " + serverId + " (" + server.name() + ") belongs to namespace "
                    + server.namespace() + "; it is managed there, not imported into " + name);
        }
        if (!server.name().equals(expectedName)) {
            throw new CloudmakerException("server " + serverId + " is named " + server.name() + ", not " + expectedName
                    + "; import it as " + server.name() + " or rename it first");
        }
        server(expectedName).ifPresent(s -> {
            throw new CloudmakerException("namespace " + name + " already has a server named " + expectedName + " (id " + s.id() + ")");
        });
        provider.servers().mark(serverId, new Mark.Namespace(name), true);
        return provider.servers().get(serverId).orElse(server);
    }

    /** This namespace's keys, by the name they were added under, once each (every account holds them). */
    public List<NamespaceKey> keys() {
        Map<String, NamespaceKey> byName = new LinkedHashMap<>();
        for (String p : providers.names()) {
            keysOn(providers.get(p)).forEach(k -> byName.putIfAbsent(k.name(), k));
        }
        return List.copyOf(byName.values());
    }

    private List<NamespaceKey> keysOn(Provider provider) {
        return provider.keys().list().stream().filter(k -> k.named() != null && name.equals(k.named().namespace()))
                .map(k -> new NamespaceKey(k.named().name(), k)).toList();
    }

    /**
     * Registers a key for the namespace with every account; the same name with the same key again is fine,
     * another key under that name is refused before any account is changed.
     */
    public NamespaceKey addKey(String keyName, SshPublicKey key) {
        NamespaceKey.requireValidName(keyName);
        Map<String, Optional<NamespaceKey>> existing = new LinkedHashMap<>();
        for (String p : providers.names()) {
            Optional<NamespaceKey> found = keysOn(providers.get(p)).stream().filter(k -> k.name().equals(keyName)).findFirst();
            found.filter(k -> !k.key().holds(key)).ifPresent(k -> {
                throw new CloudmakerException("namespace " + name + " already has a key named " + keyName
                        + " with another fingerprint (" + k.key().fingerprint() + "); remove it first");
            });
            existing.put(p, found);
        }
        NamespaceKey first = null;
        for (Map.Entry<String, Optional<NamespaceKey>> e : existing.entrySet()) {
            NamespaceKey k = e.getValue().orElseGet(() -> new NamespaceKey(keyName, providers.get(e.getKey()).keys().create(new Named(name, keyName), key)));
            first = first == null ? k : first;
        }
        return first;
    }

    /** Removes the key from every account; true when one had a key of that name. */
    public boolean removeKey(String keyName) {
        boolean removed = false;
        for (String p : providers.names()) {
            Provider provider = providers.get(p);
            Optional<NamespaceKey> existing = keysOn(provider).stream().filter(k -> k.name().equals(keyName)).findFirst();
            existing.ifPresent(k -> provider.keys().delete(k.key().id()));
            removed |= existing.isPresent();
        }
        return removed;
    }

    /** The provider a server runs on. */
    private Provider on(CloudServer server) {
        return providers.get(server.provider() != null ? server.provider() : only());
    }

    /** The definition's one provider; several must be named. */
    private String only() {
        if (providers.names().size() != 1) {
            throw new CloudmakerException("namespace " + name + " spans the providers " + String.join(", ", providers.names())
                    + "; say which one");
        }
        return providers.names().iterator().next();
    }

    /** One read on every provider at once, the results in the providers' order. */
    private <T> List<T> everywhere(java.util.function.Function<Provider, List<T>> read) {
        List<String> names = List.copyOf(providers.names());
        if (names.size() == 1) {
            return read.apply(providers.get(names.getFirst()));
        }
        Map<String, List<T>> out = new java.util.concurrent.ConcurrentHashMap<>();
        List<Throwable> failures = Parallel.forEach(names, names.size(), p -> out.put(p, read.apply(providers.get(p))));
        if (!failures.isEmpty()) {
            throw failures.getFirst() instanceof RuntimeException r ? r : new CloudmakerException(failures.getFirst().getMessage(), failures.getFirst());
        }
        List<T> all = new ArrayList<>();
        names.forEach(p -> all.addAll(out.get(p)));
        return all;
    }
}
