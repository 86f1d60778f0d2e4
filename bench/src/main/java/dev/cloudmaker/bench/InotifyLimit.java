package dev.cloudmaker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every local machine's root is one host user (the shifted UID 0x70000000), so all machines share that
 * user's inotify instances, 128 by default; each booting systemd takes about six, and past the limit
 * systemd-networkd fails with "Too many open files" and the machine stays off the network. The
 * benchmark's twenty machines need more: raised for the run, put back after (unless changed meanwhile).
 */
final class InotifyLimit implements AutoCloseable {
    private static final Path SETTING = Path.of("/proc/sys/fs/inotify/max_user_instances");

    private final long before;
    private final long raisedTo;

    private InotifyLimit(long before, long raisedTo) {
        this.before = before;
        this.raisedTo = raisedTo;
    }

    static InotifyLimit atLeast(long wanted) throws IOException {
        long now = Long.parseLong(Files.readString(SETTING).strip());
        if (now >= wanted) {
            return new InotifyLimit(now, now);
        }
        Files.writeString(SETTING, Long.toString(wanted));
        System.out.println("note: fs.inotify.max_user_instances raised from " + now + " to " + wanted + " for this run");
        return new InotifyLimit(now, wanted);
    }

    @Override
    public void close() throws IOException {
        if (raisedTo != before && Long.parseLong(Files.readString(SETTING).strip()) == raisedTo) {
            Files.writeString(SETTING, Long.toString(before));
        }
    }
}
