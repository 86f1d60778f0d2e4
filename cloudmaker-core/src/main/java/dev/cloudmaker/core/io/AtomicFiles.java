package dev.cloudmaker.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces files whole: write a temp file beside the target, fsync it, rename over the target,
 * fsync the directory. A crash leaves the old or the new file, never a torn one. Every file
 * cloudmaker keeps is written here ({@code AtomicWritesAuditTest} lists the few exceptions and why).
 *
 * <p>A process killed mid-write leaves its hidden temp file ({@code .NAME.RANDOM.tmp}); the next write
 * of the same file removes those older than {@link #LEFTOVER_AGE}: younger ones may belong to a
 * write still under way in another process, and no write takes that long.
 * New files are created owner-only (0600), an existing file's permissions are kept.
 */
public final class AtomicFiles {
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

    private AtomicFiles() {
    }

    public static void writeString(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeLeftovers(dir, abs.getFileName().toString());
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            keepPermissions(abs, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temp file is hidden and harmless
                }
            }
        }
    }

    /** Temp files of earlier writes of {@code name} that were cut off (their process killed). */
    static List<Path> leftovers(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
            }).toList();
        }
    }

    private static void removeLeftovers(Path dir, String name) throws IOException {
        Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
        for (Path f : leftovers(dir, name)) {
            try {
                if (Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException ignored) {
                // gone meanwhile, or not ours to remove: it stays hidden and harmless
            }
        }
    }

    private static void keepPermissions(Path existing, Path tmp) throws IOException {
        if (Files.exists(existing) && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(existing);
            Files.setPosixFilePermissions(tmp, perms);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // some file systems cannot open directories; the rename itself is still atomic
        }
    }
}
