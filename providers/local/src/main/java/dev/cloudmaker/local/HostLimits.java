package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Kernel limits that many machines on one host run into. Every machine's root maps to the same host
 * user (one user-namespace range for all, so images are shifted once), and the kernel counts inotify
 * instances per user: with Debian's default of 128, about twenty machines use them up and the next
 * machine's systemd cannot start. The limit is raised once, host-wide, with a notice; never lowered.
 */
final class HostLimits {
    static final Path INOTIFY_INSTANCES = Path.of("/proc/sys/fs/inotify/max_user_instances");
    static final int WANTED_INOTIFY_INSTANCES = 8192;

    private HostLimits() {
    }

    static void ensure(Consumer<String> notices) {
        ensure(INOTIFY_INSTANCES, notices);
    }

    /** {@code limit}: the sysctl's file, another one in tests. */
    static void ensure(Path limit, Consumer<String> notices) {
        try {
            int current = Integer.parseInt(Files.readString(limit).strip());
            if (current >= WANTED_INOTIFY_INSTANCES) {
                return;
            }
            notices.accept("raising fs.inotify.max_user_instances from " + current + " to " + WANTED_INOTIFY_INSTANCES
                    + " on this host: every local machine's systemd counts against one user's limit");
            Files.writeString(limit, WANTED_INOTIFY_INSTANCES + "\n");
        } catch (IOException | NumberFormatException e) {
            throw new LocalHostException("could not raise fs.inotify.max_user_instances (" + e.getMessage()
                    + "); run `sysctl fs.inotify.max_user_instances=" + WANTED_INOTIFY_INSTANCES + "` as root and try again", e);
        }
    }
}
