package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Machine images: built once with mmdebstrap from the host's configured Debian mirror, made bootable
 * for nspawn and cloud-init, their files shifted to the machines' user-namespace range, and cached
 * under {@code images/<name>/rootfs}. A build goes to a temporary folder renamed into place at the end,
 * so an interrupted build is started afresh and never used half-done.
 */
final class ImageStore {
    /** Image name → Debian suite. */
    static final Map<String, String> RECIPES = Map.of("debian-12", "bookworm");
    static final String PACKAGES = "systemd,systemd-sysv,dbus,libpam-systemd,openssh-server,sudo,python3,iproute2,cloud-init,ca-certificates";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    private final Path dir;
    private final NspawnHost nspawn;

    ImageStore(Path dir, NspawnHost nspawn) {
        this.dir = dir;
        this.nspawn = nspawn;
    }

    Optional<Path> built(String image) {
        Path rootfs = dir.resolve(image).resolve("rootfs");
        return Files.isDirectory(rootfs) ? Optional.of(rootfs) : Optional.empty();
    }

    List<String> names() {
        return RECIPES.keySet().stream().sorted().toList();
    }

    /** The image's root folder, built first if it is not cached yet. */
    Path ensure(String image, Consumer<String> notices) {
        String suite = RECIPES.get(image);
        if (suite == null) {
            throw new LocalHostException("no local image named \"" + image + "\"; local machines offer " + names());
        }
        Optional<Path> cached = built(image);
        if (cached.isPresent()) {
            return cached.get();
        }
        try {
            Files.createDirectories(dir.resolve(image));
            // one builder at a time per image, across processes; the others wait and use its result
            try (FileChannel ch = FileChannel.open(dir.resolve(image).resolve("build.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                Optional<Path> meanwhile = built(image);
                if (meanwhile.isPresent()) {
                    return meanwhile.get();
                }
                return build(image, suite, notices);
            }
        } catch (IOException e) {
            throw new LocalHostException("could not build the image " + image + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path build(String image, String suite, Consumer<String> notices) throws IOException {
        String mirror = HostMirror.configured();
        notices.accept("building the local image " + image + " from " + mirror + " (once, about a minute)");
        Path work = dir.resolve(image).resolve("rootfs.building");
        Fs.deleteTree(work);
        HostCommand.check(BUILD_TIMEOUT, "mmdebstrap", "--variant=minbase", "--include=" + PACKAGES, "--quiet",
                suite, work.toString(), "deb " + mirror + " " + suite + " main");
        makeBootable(work);
        nspawn.shiftOwnership(work);
        Path rootfs = dir.resolve(image).resolve("rootfs");
        Files.move(work, rootfs, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return rootfs;
    }

    /** networkd for the static address; no wait for a gateway that never comes; host keys come from cloudmaker. */
    private static void makeBootable(Path root) throws IOException {
        HostCommand.check(Duration.ofMinutes(1), "chroot", root.toString(), "systemctl", "enable", "systemd-networkd");
        HostCommand.check(Duration.ofMinutes(1), "chroot", root.toString(), "systemctl", "mask", "systemd-networkd-wait-online.service");
        try (var keys = Files.newDirectoryStream(root.resolve("etc/ssh"), "ssh_host_*")) {
            for (Path k : keys) {
                Files.delete(k);
            }
        }
        Files.writeString(root.resolve("etc/cloud/cloud.cfg.d/90-cloudmaker-datasource.cfg"), "datasource_list: [ NoCloud, None ]\n");
        Files.writeString(root.resolve("etc/hostname"), "localhost\n");
    }
}
