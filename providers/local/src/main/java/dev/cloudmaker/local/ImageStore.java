package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Machine images: built once with mmdebstrap from the host's configured Debian mirror, made bootable
 * for nspawn and cloud-init, their files shifted to the machines' user-namespace range, and cached
 * under {@code images/<name>/<recipe id>/rootfs}. The recipe id changes whenever what goes into an
 * image does, so a new cloudmaker builds a new image while machines made from the old one keep
 * running on it; an old version is deleted once no machine uses it. A build goes to a temporary
 * folder renamed into place at the end, so an interrupted build is started afresh and never used
 * half-done. Images made from machines live beside them, in {@link Snapshots}.
 */
final class ImageStore {
    /** Image name → Debian suite. */
    static final Map<String, String> RECIPES = Map.of("debian-12", "bookworm", "debian-13", "trixie");
    /** What a machine needs to boot and be reached. */
    static final List<String> BOOT_PACKAGES = List.of("systemd", "systemd-sysv", "dbus", "libpam-systemd", "openssh-server",
            "sudo", "python3", "iproute2", "cloud-init", "ca-certificates");
    /** What cloudmaker's own commands need on the machine: {@code cloudmaker rsync} runs rsync at both ends. */
    static final List<String> TOOL_PACKAGES = List.of("rsync");
    /**
     * cloud-init settings for these machines: only the NoCloud seed cloudmaker writes; and first-boot
     * modules that cost CPU for nothing here off (cloud-init 22.4 in Debian 12): no GRUB to configure in a
     * container, host keys that cloudmaker made and pinned need no printing to a console no one reads,
     * nor the authorized keys' fingerprints logging.
     */
    static final String CLOUD_INIT_CONFIG = """
            datasource_list: [ NoCloud, None ]
            grub_dpkg: { enabled: false }
            ssh: { emit_keys_to_console: false }
            no_ssh_fingerprints: true
            """;
    /**
     * What the bootstrap's hardening baseline installs on Debian, in the image already (as cloud images
     * ship ufw and unattended-upgrades), so a bootstrap only configures it; eight machines installing
     * the same packages at once was most of a fleet's bootstrap time. ufw and fail2ban come configured
     * and on ({@link #hardenFromFirstBoot}).
     */
    static final List<String> BASELINE_PACKAGES = List.of("ufw", "fail2ban", "python3-systemd", "unattended-upgrades");
    /**
     * fail2ban's sshd jail as the bootstrap writes it for SSH on port 22 ({@code Fail2banStep}): the
     * systemd journal backend, since Debian 12 has no auth.log. Kept byte for byte the same, so a
     * bootstrap finds it as it wants it ({@code ImageStoreTest} compares the two; {@code LocalBootstrapIT}
     * sees the bootstrap of a new machine leave fail2ban alone).
     */
    static final String FAIL2BAN_JAIL = """
            # Managed by cloudmaker.
            [sshd]
            enabled = true
            port = 22
            backend = systemd
            """;
    static final String FAIL2BAN_JAIL_PATH = "etc/fail2ban/jail.d/cloudmaker-sshd.local";
    /** Bump when {@link #makeBootable} changes what it does. */
    private static final int PREPARATION_VERSION = 4;
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    private final Path dir;
    private final NspawnHost nspawn;
    private final Snapshots snapshots;

    /** An image a machine can be made on: its id (a built image's name or a snapshot's id) and its root folder. */
    record Resolved(String id, Path rootfs) {
    }

    ImageStore(Path dir, NspawnHost nspawn) {
        this.dir = dir;
        this.nspawn = nspawn;
        this.snapshots = new Snapshots(dir.resolve("snapshots"));
    }

    Snapshots snapshots() {
        return snapshots;
    }

    /** A built image by name (built first if need be), or a snapshot by id or name. */
    Resolved resolve(String image, Consumer<String> notices) {
        if (RECIPES.containsKey(image)) {
            return new Resolved(image, ensure(image, notices));
        }
        return snapshots.find(image).map(s -> new Resolved(s.id(), snapshots.rootfs(s.id())))
                .orElseThrow(() -> new LocalHostException("no local image named \"" + image + "\"; local machines offer " + names()
                        + (snapshots.list().isEmpty() ? "" : " and the snapshots "
                        + snapshots.list().stream().map(s -> s.name() + " (" + s.id() + ")").toList())));
    }

    Optional<Path> built(String image) {
        String suite = RECIPES.get(image);
        if (suite == null) {
            return Optional.empty();
        }
        Path rootfs = dir.resolve(image).resolve(recipeId(suite)).resolve("rootfs");
        return Files.isDirectory(rootfs) ? Optional.of(rootfs) : Optional.empty();
    }

    /** A short digest of everything that decides an image's contents. */
    static String recipeId(String suite) {
        String recipe = suite + "\n" + BOOT_PACKAGES + "\n" + BASELINE_PACKAGES + "\n" + TOOL_PACKAGES + "\n" + PREPARATION_VERSION;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(recipe.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Deletes the image's other versions that no machine's overlay uses any more. */
    void pruneOldVersions(String image, Set<Path> inUse) {
        Optional<Path> current = built(image);
        Path imageDir = dir.resolve(image);
        if (current.isEmpty() || !Files.isDirectory(imageDir)) {
            return;
        }
        try (var entries = Files.list(imageDir)) {
            for (Path version : entries.filter(Files::isDirectory).toList()) {
                Path rootfs = version.getFileName().toString().equals("rootfs") ? version : version.resolve("rootfs");
                // a version without its rootfs yet is being built by another process
                if (Files.isDirectory(rootfs) && !rootfs.equals(current.get()) && !inUse.contains(rootfs)) {
                    Fs.deleteTree(version);
                }
            }
        } catch (IOException e) {
            throw new LocalHostException("could not delete old versions of the image " + image + " in " + imageDir + ": " + e.getMessage(), e);
        }
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
        // one builder at a time per image, across processes; the others wait and use its result
        return new HostLock(dir.resolve(image).resolve("build.lock")).holding(() -> {
            Optional<Path> meanwhile = built(image);
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
            try {
                return build(image, suite, notices);
            } catch (IOException e) {
                throw new LocalHostException("could not build the image " + image + " in " + dir + ": " + e.getMessage(), e);
            }
        });
    }

    private Path build(String image, String suite, Consumer<String> notices) throws IOException {
        String mirror = HostMirror.configured();
        notices.accept("building the local image " + image + " from " + mirror + " (once, about a minute)");
        Path version = Files.createDirectories(dir.resolve(image).resolve(recipeId(suite)));
        Path work = version.resolve("rootfs.building");
        Fs.deleteTree(work);
        List<String> packages = new ArrayList<>(BOOT_PACKAGES);
        packages.addAll(BASELINE_PACKAGES);
        packages.addAll(TOOL_PACKAGES);
        HostCommand.check(BUILD_TIMEOUT, "mmdebstrap", "--variant=minbase", "--include=" + String.join(",", packages), "--quiet",
                suite, work.toString(), "deb " + mirror + " " + suite + " main");
        makeBootable(work);
        nspawn.shiftOwnership(work);
        Path rootfs = version.resolve("rootfs");
        Files.move(work, rootfs, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return rootfs;
    }

    /**
     * networkd for the static address; no wait for a gateway that never comes; host keys come from
     * cloudmaker; cloud-init as {@link #CLOUD_INIT_CONFIG} says; and secure from the first boot.
     */
    private static void makeBootable(Path root) throws IOException {
        HostCommand.check(Duration.ofMinutes(1), "chroot", root.toString(), "systemctl", "enable", "systemd-networkd");
        HostCommand.check(Duration.ofMinutes(1), "chroot", root.toString(), "systemctl", "mask", "systemd-networkd-wait-online.service");
        hardenFromFirstBoot(root);
        try (var keys = Files.newDirectoryStream(root.resolve("etc/ssh"), "ssh_host_*")) {
            for (Path k : keys) {
                Files.delete(k);
            }
        }
        Files.writeString(root.resolve("etc/cloud/cloud.cfg.d/90-cloudmaker-datasource.cfg"), CLOUD_INIT_CONFIG);
        Files.writeString(root.resolve("etc/hostname"), "localhost\n");
    }

    /**
     * The bootstrap's firewall and fail2ban, as it leaves them for SSH on port 22, already in the image:
     * a machine has them from its first boot instead of from its bootstrap on, and the bootstrap finds
     * them done (it opens a role's ports, or moves SSH, as on any server). Enabling them at bootstrap
     * was most of its cost on the machine: a ufw start and a systemd reload for fail2ban, per machine.
     */
    private static void hardenFromFirstBoot(Path root) throws IOException {
        // ufw writes its rules while it is off; /proc of a network namespace of its own tells it IPv6 is
        // there, and nothing reaches this host's firewall
        HostCommand.check(Duration.ofMinutes(1), "unshare", "--net", "--mount", "--fork", "--", "sh", "-c",
                "mount -t proc proc \"$1/proc\" && exec chroot \"$1\" ufw allow 22/tcp", "sh", root.toString());
        Files.deleteIfExists(root.resolve("run/ufw.lock"));
        Path ufwConf = root.resolve("etc/ufw/ufw.conf");
        String conf = Files.readString(ufwConf);
        String enabled = conf.replaceFirst("(?m)^ENABLED=no$", "ENABLED=yes");
        if (!enabled.contains("\nENABLED=yes")) {
            throw new IllegalStateException(ufwConf + " has no ENABLED=no line to turn on; this ufw is not the one the image was made for");
        }
        Files.writeString(ufwConf, enabled);
        // Debian enables fail2ban when it installs it; this jail is what lets it start without auth.log
        Path jail = root.resolve(FAIL2BAN_JAIL_PATH);
        Files.writeString(jail, FAIL2BAN_JAIL);
        Files.setPosixFilePermissions(jail, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
