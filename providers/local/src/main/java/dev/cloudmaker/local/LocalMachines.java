package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.SizeInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The life of local machines: make (overlay clone of a cached image or a snapshot, seed, boot), list,
 * stop and start (a stopped machine keeps only its folder: no process, mount or cgroup), resize
 * (memory limit), tag, snapshot a stopped one, remove (power off, unmount, remove cgroups and files).
 * The bridge, the apt proxy and the NAT rules go with the bridge's last machine, stopped ones
 * included, so starting a machine finds its network as it left it. Every change holds the store's
 * host-wide lock.
 */
final class LocalMachines {
    private static final Duration POWER_OFF_TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LocalSettings settings;
    private final NspawnHost nspawn;
    private final ImageStore images;
    private final MachineStore store;
    private final MachineRunner runner;
    private final Bridge bridge;
    private final AptProxy proxy;
    private final Nat nat;
    private final Consumer<String> notices;
    private boolean hostChecked;

    LocalMachines(LocalSettings settings, NspawnHost nspawn, ImageStore images, Consumer<String> notices) {
        this.settings = settings;
        this.nspawn = nspawn;
        this.images = images;
        this.store = new MachineStore(settings.machines());
        this.runner = new MachineRunner(nspawn, store);
        this.bridge = new Bridge(settings.bridge(), settings.subnet());
        this.proxy = new AptProxy(settings.proxy(), settings.subnet().gateway());
        this.nat = new Nat(settings.bridge(), settings.subnet(), settings.home());
        this.notices = notices;
    }

    List<MachineRecord> list() {
        return store.list();
    }

    Optional<MachineRecord> get(String id) {
        return store.get(id);
    }

    boolean running(MachineRecord m) {
        return runner.running(m);
    }

    List<MachineRecord> create(List<ServerRequest> requests) {
        return store.locked(() -> {
            prepareHost();
            List<MachineRecord> made = new ArrayList<>();
            for (ServerRequest r : requests) {
                made.add(createOne(r));
            }
            // machines made by an older cloudmaker do not say which version they run on: keep every version then
            List<MachineRecord> all = store.list();
            if (all.stream().allMatch(m -> m.imageRoot() != null)) {
                Set<Path> inUse = all.stream().map(m -> Path.of(m.imageRoot())).collect(Collectors.toSet());
                requests.stream().map(ServerRequest::image).distinct().forEach(image -> images.pruneOldVersions(image, inUse));
            }
            return made;
        });
    }

    void delete(String id) {
        store.locked(() -> {
            store.get(id).ifPresent(this::remove);
            images.snapshots().pruneDeleted(imageRootsInUse());
            tearDownIfIdle();
            return null;
        });
    }

    /** The memory limit: applied at once to a running machine, and at its next start to a stopped one. */
    void resize(String id, String size) {
        SizeInfo s = LocalCatalog.requireSize(size);
        store.locked(() -> {
            MachineRecord m = require(id);
            nspawn.limitMemory(m.id(), s.memoryMb() * 1024L * 1024L);
            store.save(m.withSize(size));
            return null;
        });
    }

    /**
     * STOP powers off cleanly (killed when it does not go within 30 s or {@code timeout}) and releases
     * the mount and cgroups, also those a crashed machine still holds, and halts a machine whose nspawn
     * was killed; START mounts the overlay on the recorded image folder and boots with the recorded
     * size, bridge and address (cloud-init sees the same instance and does no first-boot work again);
     * REBOOT is both. Starting a running machine does nothing.
     */
    void power(String id, PowerAction action, Duration timeout) {
        Duration grace = timeout.compareTo(POWER_OFF_TIMEOUT) < 0 ? timeout : POWER_OFF_TIMEOUT;
        store.locked(() -> {
            MachineRecord m = require(id);
            switch (action) {
                case STOP -> store.save(runner.halt(m, grace));
                case START, REBOOT -> {
                    if (action == PowerAction.REBOOT || !runner.running(m)) {
                        restart(m, grace);
                    }
                }
            }
            return null;
        });
    }

    void tag(String id, String tag, boolean add) {
        if (tag == null || tag.isBlank()) {
            throw new LocalHostException("a tag cannot be blank");
        }
        store.locked(() -> {
            MachineRecord m = require(id);
            List<String> tags = new ArrayList<>(m.tags());
            boolean changed = add ? !tags.contains(tag) && tags.add(tag) : tags.remove(tag);
            if (changed) {
                store.save(m.withTags(tags));
            }
            return null;
        });
    }

    /** A new image from a stopped machine's disk; a running machine is refused (its disk would be copied mid-write). */
    Snapshots.Snapshot snapshot(String id, String imageName, Duration timeout) {
        return store.locked(() -> {
            MachineRecord m = require(id);
            if (runner.running(m)) {
                throw new LocalHostException("the machine " + m.name() + " is running; stop it first (cloudmaker stop " + m.name()
                        + "), so its disk is copied as it was left");
            }
            // a machine that crashed still has its overlay mounted; the copy reads the layers themselves
            MachineRecord off = runner.halt(m, POWER_OFF_TIMEOUT);
            store.save(off);
            if (off.imageRoot() == null) {
                throw new LocalHostException("the machine " + m.name() + " does not record which image folder it was made on"
                        + " (it is older than versioned images), so its disk cannot be copied; start it once and stop it again");
            }
            return images.snapshots().take(off, runner.upper(off), imageName, baseImage(off), timeout);
        });
    }

    /** Deletes a snapshot; machines made from it keep running on it, and its files go with the last of them. */
    void deleteSnapshot(String id) {
        store.locked(() -> {
            images.snapshots().delete(id, imageRootsInUse());
            return null;
        });
    }

    void checkRoutes(String address, String server) {
        if (address == null) {
            throw new LocalHostException(server + " has no address yet");
        }
        if (!settings.subnet().contains(address)) {
            throw new LocalHostException("refusing to connect to " + server + " at " + address
                    + ": the address is outside cloudmaker's local subnet " + settings.subnet());
        }
        bridge.checkRoutes(address, server);
    }

    private void prepareHost() {
        if (!hostChecked) {
            HostRequirements.ensure(notices, settings.nat());
            HostLimits.ensure(notices);
            hostChecked = true;
        }
        nspawn.prepare();
        bridge.ensure();
        proxy.ensure();
        if (settings.nat()) {
            nat.enable();
        } else {
            nat.disable();
        }
    }

    private MachineRecord createOne(ServerRequest r) {
        LocalCatalog.requireSize(r.size());
        ImageStore.Resolved image = images.resolve(r.image(), notices);
        String id = "cm" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        String address = freeAddress();
        MachineRecord m = new MachineRecord(id, r.name(), image.id(), image.rootfs().toString(), r.size(), settings.bridge(), address,
                r.tags(), 0, 0, Instant.now().toString());
        // recorded before anything is made, so an interrupted create is still found and removed
        store.save(m);
        runner.mount(m);
        try {
            new NoCloudSeed(runner.root(m)).write(id, hostname(r.name()), address, settings.subnet(), settings.nat(), r.userData(),
                    proxy.url(), r.keyIds().stream().filter(k -> k.startsWith("ssh-") || k.startsWith("ecdsa-")).toList());
        } catch (IOException e) {
            throw new LocalHostException("could not seed the machine for " + r.name() + " in " + store.folder(id) + ": " + e.getMessage(), e);
        }
        MachineRecord running = runner.boot(m);
        store.save(running);
        return running;
    }

    /**
     * Halts the machine (a stopped one too: what a crash left, a mount or cgroups, goes first) and boots
     * it, with the host's side of its network ensured (gone after a host reboot).
     */
    private void restart(MachineRecord m, Duration grace) {
        requireOwnNetwork(m);
        MachineRecord off = runner.halt(m, grace);
        store.save(off);
        prepareHost();
        store.save(runner.boot(off));
    }

    /** A machine starts on the bridge and subnet it was made with; these settings may name others. */
    private void requireOwnNetwork(MachineRecord m) {
        if (!m.bridge().equals(settings.bridge()) || !settings.subnet().contains(m.address())) {
            throw new LocalHostException("the machine " + m.name() + " is on the bridge " + m.bridge() + " at " + m.address()
                    + ", but these settings use the bridge " + settings.bridge() + " with the subnet " + settings.subnet()
                    + "; start it with the \"local\" settings it was made with");
        }
    }

    private MachineRecord require(String id) {
        return store.get(id).orElseThrow(() -> new LocalHostException("no local machine with id " + id
                + "; `cloudmaker list` shows the machines there are"));
    }

    /** The image folders machines overlay, stopped ones included. */
    private Set<Path> imageRootsInUse() {
        return store.list().stream().map(MachineRecord::imageRoot).filter(Objects::nonNull).map(Path::of).collect(Collectors.toSet());
    }

    /** The built image a machine descends from, through any snapshots. */
    private String baseImage(MachineRecord m) {
        if (ImageStore.RECIPES.containsKey(m.image())) {
            return m.image();
        }
        return images.snapshots().byId(m.image()).map(Snapshots.Snapshot::baseImage).orElse(null);
    }

    private void remove(MachineRecord m) {
        runner.halt(m, POWER_OFF_TIMEOUT);
        Path folder = store.folder(m.id());
        try {
            Fs.deleteTree(folder);
        } catch (IOException e) {
            throw new LocalHostException("could not delete " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The bridge and apt proxy go with the bridge's last machine; our nspawn tmpfs with the host's last. */
    private void tearDownIfIdle() {
        List<MachineRecord> left = store.list();
        if (left.stream().noneMatch(m -> m.bridge().equals(settings.bridge()))) {
            proxy.stop();
            nat.disable();
            bridge.remove();
        }
        if (left.isEmpty()) {
            nspawn.release();
        }
    }

    private String freeAddress() {
        Set<String> used = store.list().stream().map(MachineRecord::address).collect(Collectors.toSet());
        for (int n = 1; ; n++) {
            String a = settings.subnet().machine(n).orElseThrow(() -> new LocalHostException(
                    "the local subnet " + settings.subnet() + " is full; choose a larger one with \"local\": {\"subnet\": ...}"));
            if (!used.contains(a)) {
                return a;
            }
        }
    }

    /** Server names become host names: letters, digits and '-'. */
    static String hostname(String name) {
        String h = name.toLowerCase().replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
        return h.isEmpty() ? "machine" : h.substring(0, Math.min(63, h.length()));
    }
}
