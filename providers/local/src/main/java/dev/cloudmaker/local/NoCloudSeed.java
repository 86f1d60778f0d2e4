package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The first boot's configuration, written into the machine's root before it starts: cloud-init's
 * NoCloud seed (the same user-data a droplet gets, a static network config without a default route
 * unless NAT is on), this provider's own cloud-init settings (the apt proxy on the bridge, /etc/hosts),
 * and root's authorized keys (what DigitalOcean does with the account's keys). Files are owned by the
 * machine's root, which is {@link NspawnHost#UID_BASE} on the host. A machine made from a snapshot has
 * a tree its root wrote, so no symbolic link is followed: one where a seed folder or file should be
 * is refused rather than written through (it could point anywhere on this host).
 */
final class NoCloudSeed {
    private final Path root;

    NoCloudSeed(Path root) {
        this.root = root;
    }

    void write(String instanceId, String hostname, String address, Subnet subnet, boolean nat, String userData,
               String aptProxy, List<String> rootKeys) throws IOException {
        Path seed = dir("var/lib/cloud/seed/nocloud");
        file(seed.resolve("meta-data"), "instance-id: " + instanceId + "\nlocal-hostname: " + hostname + "\n", "rw-r--r--");
        file(seed.resolve("network-config"), networkConfig(address, subnet, nat), "rw-r--r--");
        file(seed.resolve("user-data"), userData == null || userData.isBlank() ? "#cloud-config\n" : userData, "rw-------");
        file(dir("etc/cloud/cloud.cfg.d").resolve("91-cloudmaker-local.cfg"), String.join("\n",
                "# written by cloudmaker's local provider",
                "locale: C.UTF-8",
                "manage_etc_hosts: true",
                "apt:",
                "  proxy: " + aptProxy,
                ""), "rw-r--r--");
        if (!rootKeys.isEmpty()) {
            Path ssh = dir("root/.ssh");
            Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
            file(ssh.resolve("authorized_keys"), String.join("\n", rootKeys) + "\n", "rw-------");
        }
    }

    static String networkConfig(String address, Subnet subnet, boolean nat) {
        StringBuilder b = new StringBuilder()
                .append("version: 2\n")
                .append("ethernets:\n")
                .append("  host0:\n")
                .append("    match:\n")
                .append("      name: host0\n")
                .append("    addresses: [").append(address).append('/').append(subnet.prefix()).append("]\n");
        if (nat) {
            b.append("    routes:\n")
                    .append("      - to: 0.0.0.0/0\n")
                    .append("        via: ").append(subnet.gateway()).append('\n');
        }
        return b.toString();
    }

    /** A folder under the machine's root, each level created owned by the machine's root. */
    private Path dir(String relative) throws IOException {
        Path d = root;
        for (Path part : Path.of(relative)) {
            d = d.resolve(part);
            refuseLink(d);
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(d);
                own(d);
            }
        }
        return d;
    }

    private static void file(Path f, String content, String perms) throws IOException {
        refuseLink(f);
        try (var out = Files.newByteChannel(f, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS))) {
            out.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
        }
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        own(f);
    }

    private static void refuseLink(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            throw new IOException(p + " is a symbolic link in the machine's image; cloudmaker writes no seed through it");
        }
    }

    private static void own(Path p) throws IOException {
        Files.setAttribute(p, "unix:uid", (int) NspawnHost.UID_BASE, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(p, "unix:gid", (int) NspawnHost.UID_BASE, LinkOption.NOFOLLOW_LINKS);
    }
}
