package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.time.WaitLines;
import dev.cloudmaker.core.time.Waiter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One writer per definition directory: an OS lock on {@code .cloudmaker/lock}, whose content names
 * the holder (a {@link LockHolder}) for the messages of those who find it taken.
 *
 * <p>The OS releases the lock when its process dies, however it dies, so a lock file with a holder in
 * it but no OS lock on it was left by a run that ended without releasing it: the next run says so and
 * takes it over. A clean release empties the file and keeps it: deleting a lock file lets a waiter
 * lock the deleted copy while a newcomer locks a new one. Only {@code unlock --force}, for a holder
 * the user says is dead but whose OS lock lingers (on NFS), deletes it; a run that locked the deleted
 * copy sees the path now names another file and tries again, and a run whose lock file was removed
 * while it held it has lost its lease ({@link #checkValid()}).
 */
public final class WorkspaceLock implements Lease {
    private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS_AFTER_REMOVAL = 3;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object fileKey;
    private final LockHolder holder;
    private final Optional<LockHolder> tookOverFrom;
    private volatile boolean released;

    private WorkspaceLock(Path file, FileChannel channel, FileLock lock, Object fileKey, LockHolder holder,
                          Optional<LockHolder> tookOverFrom) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.fileKey = fileKey;
        this.holder = holder;
        this.tookOverFrom = tookOverFrom;
    }

    public static Path fileOf(Workspace workspace) {
        return workspace.stateDir().resolve("lock");
    }

    /**
     * Takes the workspace's lock for {@code command}, waiting up to {@code wait} for its holder to
     * finish (zero: not at all). A stale lock is replaced and {@code notices} told whose it was.
     *
     * @throws WorkspaceBusyException when another run holds it after the wait
     */
    static WorkspaceLock acquire(Workspace workspace, String command, Duration wait, Consumer<String> notices) {
        Path file = fileOf(workspace);
        LockHolder me = LockHolder.current(command, Instant.now());
        if (wait.isZero() || wait.isNegative()) {
            Attempt once = attempt(file, me, notices);
            if (once.lock() == null) {
                throw WorkspaceBusyException.of(workspace, file, once.holder(), null);
            }
            return once.lock();
        }
        try {
            return Waiter.waitingFor("the other run on " + workspace.dir() + " to finish", wait)
                    .polling(Duration.ofMillis(100), Duration.ofSeconds(2))
                    .reporting(new WaitLines(notices))
                    .until(() -> attempt(file, me, notices), a -> a.lock() != null, Attempt::describe)
                    .lock();
        } catch (WaitTimeoutException e) {
            throw WorkspaceBusyException.of(workspace, file, holderIn(file).orElse(null), wait);
        }
    }

    /** Who holds the lock now, or (not held) who left it stale; for {@code cloudmaker unlock}. */
    static LockStatus status(Workspace workspace) {
        Path file = fileOf(workspace);
        if (!Files.exists(file)) {
            return new LockStatus(false, Optional.empty());
        }
        if (HELD_BY_THIS_PROCESS.contains(file)) {
            return new LockStatus(true, holderIn(file));
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            try (FileLock probe = ch.tryLock()) {
                return new LockStatus(probe == null, holderIn(file));
            } catch (OverlappingFileLockException e) {
                return new LockStatus(true, holderIn(file));
            }
        } catch (NoSuchFileException e) {
            return new LockStatus(false, Optional.empty());
        } catch (IOException e) {
            throw new CloudmakerException("could not check the lock " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the lock file although a process may hold it: only for a holder the user knows is gone
     * whose OS lock the file system still keeps (another host's, over NFS).
     */
    static void forceRemove(Workspace workspace) {
        try {
            Files.deleteIfExists(fileOf(workspace));
        } catch (IOException e) {
            throw new CloudmakerException("could not remove the lock " + fileOf(workspace) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public LockHolder holder() {
        return holder;
    }

    /** Always 0: while this process lives, its OS lock keeps every other writer out. */
    @Override
    public long epoch() {
        return 0;
    }

    /** Valid until released, or until {@code unlock --force} removed the file it locks. */
    @Override
    public void checkValid() {
        if (released) {
            throw new LeaseLostException("the lock " + file + " was released; this run may not write any more");
        }
        Object now;
        try {
            now = identify(file);
        } catch (IOException e) {
            throw new LeaseLostException("could not check the lock " + file + " is still this run's: " + e.getMessage());
        }
        if (!Objects.equals(fileKey, now)) {
            throw new LeaseLostException("the lock " + file + " was removed while " + holder.describe(Instant.now())
                    + " held it (by `cloudmaker unlock --force`?); another run may be changing the definition, so this one stops");
        }
    }

    boolean isHeld() {
        return !released;
    }

    /** The holder of the stale lock this one took over, if it named one. */
    Optional<LockHolder> tookOverFrom() {
        return tookOverFrom;
    }

    /** Empties the lock file, then releases the OS lock. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            channel.truncate(0);
            channel.force(true);
        } catch (IOException e) {
            // a holder left in the file only makes the next run call it stale
        } finally {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // closing the channel releases the lock in any case
            }
            HELD_BY_THIS_PROCESS.remove(file);
        }
    }

    private static Attempt attempt(Path file, LockHolder me, Consumer<String> notices) {
        for (int i = 0; i < ATTEMPTS_AFTER_REMOVAL; i++) {
            if (!HELD_BY_THIS_PROCESS.add(file)) {
                return new Attempt(null, holderIn(file).orElse(null));
            }
            boolean taken = false;
            FileChannel ch = null;
            try {
                Object before = createAndIdentify(file);
                ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = tryLock(ch);
                if (lock == null) {
                    return new Attempt(null, holderIn(file).orElse(null));
                }
                if (!Objects.equals(before, identify(file))) {
                    continue; // removed by `unlock --force` meanwhile: the lock is on a deleted file
                }
                String previous = read(ch);
                if (!previous.isBlank()) {
                    notices.accept(staleNotice(file, previous));
                }
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(me.toJson().getBytes(StandardCharsets.UTF_8)), 0);
                ch.force(true);
                taken = true;
                return new Attempt(new WorkspaceLock(file, ch, lock, before, me, LockHolder.parse(previous)), me);
            } catch (IOException e) {
                throw new CloudmakerException("could not lock " + file + ": " + e.getMessage(), e);
            } finally {
                if (!taken) {
                    closeQuietly(ch);
                    HELD_BY_THIS_PROCESS.remove(file);
                }
            }
        }
        throw new CloudmakerException("could not lock " + file + ": it was removed " + ATTEMPTS_AFTER_REMOVAL
                + " times while being taken; is `cloudmaker unlock --force` running in a loop?");
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Object createAndIdentify(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // the usual case: an earlier run left it, empty or stale
        }
        return identify(file);
    }

    private static Object identify(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String staleNotice(Path file, String previous) {
        return LockHolder.parse(previous)
                .map(h -> "took over a stale lock: " + h.describe(Instant.now()) + " ended without releasing "
                        + file + (h.onThisHost() ? "" : " (it ran on another host; its OS lock is free, so it runs no more)"))
                .orElse("took over a stale lock " + file + " whose holder could not be read");
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 64 * 1024));
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    private static Optional<LockHolder> holderIn(Path file) {
        try {
            return LockHolder.parse(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }


    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    /** One try: the lock, or who holds it. */
    private record Attempt(WorkspaceLock lock, LockHolder holder) {
        String describe() {
            return holder == null ? "held by a run whose lock file is being written" : "held by " + holder.describe(Instant.now());
        }
    }
}
