package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * What makes a machine's disk one machine rather than an image: cloud-init's record of the instance
 * it set up (and its seed, which holds the old user-data with its host keys), the machine id, SSH host
 * keys, the network config cloud-init rendered for the old address, the random seed. Removed from a
 * snapshot so a server made from it boots as a new instance: cloud-init's first boot runs again
 * (users, keys, host keys, address), and systemd makes a new machine id.
 *
 * <p>The tree was written by the machine's root, so nothing here follows a symbolic link: a link in
 * the middle of a path is not entered (it could point anywhere on this host) and a link is removed as
 * a link.
 */
final class InstanceState {
    /** Folders emptied but kept (their owner and mode stay the image's). */
    static final List<String> EMPTIED = List.of("var/lib/cloud");
    /** Files and folders removed. */
    static final List<String> REMOVED = List.of("var/log/cloud-init.log", "var/log/cloud-init-output.log",
            "var/lib/systemd/random-seed", "var/lib/dbus/machine-id");
    /** Files removed by pattern, in a folder: (folder, glob). */
    static final List<List<String>> REMOVED_MATCHING = List.of(
            List.of("etc/ssh", "ssh_host_*"),
            List.of("etc/systemd/network", "10-cloud-init-*.network"));
    /** Emptied, not removed: an empty /etc/machine-id makes systemd generate a new id at boot. */
    static final String MACHINE_ID = "etc/machine-id";

    private InstanceState() {
    }

    static void clear(Path root) throws IOException {
        for (String folder : EMPTIED) {
            Optional<Path> d = inside(root, folder);
            if (d.isPresent() && Files.isDirectory(d.get(), LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(d.get())) {
                    for (Path child : children) {
                        Fs.deleteTree(child);
                    }
                }
            }
        }
        for (String path : REMOVED) {
            Optional<Path> p = inside(root, path);
            if (p.isPresent()) {
                Fs.deleteTree(p.get());
            }
        }
        for (List<String> pattern : REMOVED_MATCHING) {
            Optional<Path> d = inside(root, pattern.get(0));
            if (d.isPresent() && Files.isDirectory(d.get(), LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> matching = Files.newDirectoryStream(d.get(), pattern.get(1))) {
                    for (Path f : matching) {
                        Fs.deleteTree(f);
                    }
                }
            }
        }
        Optional<Path> machineId = inside(root, MACHINE_ID);
        if (machineId.isPresent() && Files.isRegularFile(machineId.get(), LinkOption.NOFOLLOW_LINKS)) {
            try (FileChannel ch = FileChannel.open(machineId.get(), StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ch.truncate(0);
            }
        }
    }

    /**
     * The path below {@code root}, unless one of the folders on the way is a symbolic link (then a
     * machine's root made it point elsewhere, and it is left alone).
     */
    static Optional<Path> inside(Path root, String relative) {
        Path p = root;
        Path rel = Path.of(relative);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            p = p.resolve(rel.getName(i));
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        }
        return Optional.of(root.resolve(rel));
    }
}
