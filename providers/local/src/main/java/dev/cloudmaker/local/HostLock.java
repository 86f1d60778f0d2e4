package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * An exclusive lock on a file, shared by every cloudmaker process on this host and every thread of
 * this one. A file lock is held per process (a second one in the same JVM fails), so threads take
 * turns on a JVM monitor of the same file first; the engine works on servers in parallel.
 */
final class HostLock {
    private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;

    HostLock(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    <T> T holding(Supplier<T> work) {
        synchronized (MONITORS.computeIfAbsent(file, f -> new Object())) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = ch.lock()) {
                    return work.get();
                }
            } catch (IOException e) {
                throw new LocalHostException("could not lock " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
