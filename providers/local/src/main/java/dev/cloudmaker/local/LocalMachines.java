package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.SizeInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The life of local machines: make (overlay clone of a cached image, seed, boot), list, resize
 * (memory limit), remove (power off, unmount, remove cgroups and files; the bridge, the apt proxy
 * and the NAT rules go with the bridge's last machine). Every change holds the store's host-wide lock.
 */
final class LocalMachines {
    private static final Duration MOUNT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POWER_OFF_TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LocalSettings settings;
    private final NspawnHost nspawn;
    private final ImageStore images;
    private final MachineStore store;
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
        this.bridge = new Bridge(settings.bridge(), settings.subnet());
        this.proxy = new AptProxy(settings.proxy(), settings.subnet().gateway());
        this.nat = new Nat(settings.bridge(), settings.subnet(), settings.home());
        this.notices = notices;
    }

    List<MachineRecord> list() {
        return store.list();
    }

    List<MachineRecord> create(List<ServerRequest> requests) {
        return store.locked(() -> {
            prepareHost();
            List<MachineRecord> made = new ArrayList<>();
            for (ServerRequest r : requests) {
                made.add(createOne(r));
            }
            // machines made by an older cloudmaker do not say which version they run on: keep every version then
            if (store.list().stream().allMatch(m -> m.imageRoot() != null)) {
                Set<Path> inUse = store.list().stream().map(m -> Path.of(m.imageRoot())).collect(Collectors.toSet());
                requests.stream().map(ServerRequest::image).distinct().forEach(image -> images.pruneOldVersions(image, inUse));
            }
            return made;
        });
    }

    void delete(String id) {
        store.locked(() -> {
            store.get(id).ifPresent(this::remove);
            tearDownIfIdle();
            return null;
        });
    }

    void resize(String id, String size) {
        SizeInfo s = LocalCatalog.requireSize(size);
        store.locked(() -> {
            MachineRecord m = store.get(id).orElseThrow(() -> new LocalHostException("no local machine " + id));
            nspawn.limitMemory(m.id(), s.memoryMb() * 1024L * 1024L);
            store.save(m.withSize(size));
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
        SizeInfo size = LocalCatalog.requireSize(r.size());
        Path image = images.ensure(r.image(), notices);
        String id = "cm" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        String address = freeAddress();
        Path folder = store.folder(id);
        MachineRecord m = new MachineRecord(id, r.name(), r.image(), image.toString(), r.size(), settings.bridge(), address, r.tags(), 0, 0,
                Instant.now().toString());
        // recorded before anything is made, so an interrupted create is still found and removed
        store.save(m);
        try {
            Path upper = Files.createDirectories(folder.resolve("upper"));
            Files.createDirectories(folder.resolve("work"));
            Path root = Files.createDirectories(folder.resolve("root"));
            Files.setAttribute(upper, "unix:uid", (int) NspawnHost.UID_BASE);
            Files.setAttribute(upper, "unix:gid", (int) NspawnHost.UID_BASE);
            HostCommand.check(MOUNT_TIMEOUT, "mount", "-t", "overlay", "overlay", "-o",
                    "lowerdir=" + image + ",upperdir=" + upper + ",workdir=" + folder.resolve("work"), root.toString());
            new NoCloudSeed(root).write(id, hostname(r.name()), address, settings.subnet(), settings.nat(), r.userData(),
                    proxy.url(), r.keyIds().stream().filter(k -> k.startsWith("ssh-") || k.startsWith("ecdsa-")).toList());
            long pid = nspawn.start(id, root, settings.bridge(), folder.resolve("console.log"), size.memoryMb() * 1024L * 1024L);
            MachineRecord running = m.withProcess(MachineProcess.of(pid));
            store.save(running);
            return running;
        } catch (IOException e) {
            throw new LocalHostException("could not make the machine for " + r.name() + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void remove(MachineRecord m) {
        nspawn.stop(m.process(), POWER_OFF_TIMEOUT);
        Path folder = store.folder(m.id());
        Path root = folder.resolve("root");
        if (Mounts.read().isMountPoint(root)) {
            HostCommand.check(MOUNT_TIMEOUT, "umount", root.toString());
        }
        nspawn.removeCgroups(m.id());
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
