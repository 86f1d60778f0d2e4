package dev.cloudmaker.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cloudmaker.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Images made from stopped machines, in {@code images/snapshots/<id>/}: {@code rootfs} (the machine's
 * disk as it was, ownership still in the machines' range, instance state removed) and
 * {@code image.json}. Machines made from one overlay its rootfs as they do a built image. Deleting a
 * snapshot takes it out of the list at once; its files stay while machines still overlay them, and
 * go with the last of those. Every change runs under the machine store's lock, so no machine is made
 * from a snapshot being deleted.
 */
final class Snapshots {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Duration MOUNT_TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BUILDING = ".building";

    /** One snapshot's {@code image.json}; {@code deletedAt} is set once it is deleted but still overlaid. */
    record Snapshot(String id, String name, String baseImage, String sourceMachine, String sourceName, String createdAt,
                    String deletedAt) {
        Snapshot deleted() {
            return new Snapshot(id, name, baseImage, sourceMachine, sourceName, createdAt, Instant.now().toString());
        }
    }

    private final Path dir;

    Snapshots(Path dir) {
        this.dir = dir;
    }

    Path rootfs(String id) {
        return dir.resolve(id).resolve("rootfs");
    }

    /** The snapshots that can make machines, oldest first. */
    List<Snapshot> list() {
        return all().stream().filter(s -> s.deletedAt() == null).toList();
    }

    /** A snapshot by id or by name (names are unique). */
    Optional<Snapshot> find(String idOrName) {
        return list().stream().filter(s -> s.id().equals(idOrName) || s.name().equals(idOrName)).findFirst();
    }

    /** A snapshot by id, deleted or not. */
    Optional<Snapshot> byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Copies a stopped machine's disk (its writable layer over the image it was made on, read through a
     * read-only overlay) into a new snapshot; {@code timeout} bounds the copy.
     */
    Snapshot take(MachineRecord m, Path upper, String name, String baseImage, Duration timeout) {
        requireFreeName(name);
        String id = "snap-" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        Path building = dir.resolve(id + BUILDING);
        Path view = building.resolve("view");
        Snapshot snapshot = new Snapshot(id, name, baseImage, m.id(), m.name(), Instant.now().toString(), null);
        try {
            discardUnfinished();
            Files.createDirectories(view);
            // the upper layer as the top lower layer: overlayfs applies its whiteouts, and nothing can write
            HostCommand.check(MOUNT_TIMEOUT, "mount", "-t", "overlay", "overlay", "-o", "ro,lowerdir=" + upper + ":" + m.imageRoot(),
                    view.toString());
            try {
                // -a keeps owners (the machines' shifted range), modes, times, links, hard links and xattrs
                HostCommand.check(timeout, "cp", "-a", view.toString(), building.resolve("rootfs").toString());
            } finally {
                HostCommand.check(MOUNT_TIMEOUT, "umount", view.toString());
            }
            Files.delete(view);
            InstanceState.clear(building.resolve("rootfs"));
            write(building, snapshot);
            Files.move(building, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return snapshot;
        } catch (IOException | RuntimeException e) {
            discard(building);
            if (e instanceof LocalHostException lhe) {
                throw lhe;
            }
            throw new LocalHostException("could not make the image " + name + " from " + m.name() + " in " + building + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Deletes a snapshot, or, while {@code inUse} (machines' image folders) holds its rootfs, marks it
     * deleted so it is no longer listed or used and its files go with the last of those machines.
     * An unknown id is fine.
     */
    void delete(String id, Set<Path> inUse) {
        Optional<Snapshot> s = byId(id);
        if (s.isEmpty()) {
            return;
        }
        if (inUse.contains(rootfs(id))) {
            if (s.get().deletedAt() == null) {
                write(dir.resolve(id), s.get().deleted());
            }
            return;
        }
        remove(id);
    }

    /** Removes deleted snapshots no machine overlays any more. */
    void pruneDeleted(Set<Path> inUse) {
        for (Snapshot s : all()) {
            if (s.deletedAt() != null && !inUse.contains(rootfs(s.id()))) {
                remove(s.id());
            }
        }
    }

    private void requireFreeName(String name) {
        if (name == null || name.isBlank()) {
            throw new LocalHostException("an image needs a name: give one with --as NAME");
        }
        if (ImageStore.RECIPES.containsKey(name) || name.startsWith("snap-") || name.contains("/")) {
            throw new LocalHostException("\"" + name + "\" cannot name a local image: it is a built image's name, looks like a"
                    + " snapshot id or holds '/'; choose another with --as NAME");
        }
        find(name).ifPresent(s -> {
            throw new LocalHostException("there is a local image named " + name + " already (" + s.id() + ", made from "
                    + s.sourceName() + " at " + s.createdAt() + "); delete it or choose another name with --as NAME");
        });
    }

    private List<Snapshot> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Snapshot> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path d : entries.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().endsWith(BUILDING)).toList()) {
                Path json = d.resolve("image.json");
                if (Files.isRegularFile(json)) {
                    out.add(JSON.readValue(json.toFile(), Snapshot.class));
                }
            }
        } catch (IOException e) {
            throw new LocalHostException("could not read the local snapshots in " + dir + ": " + e.getMessage()
                    + "; a snapshot folder whose image.json is damaged can be deleted by hand", e);
        }
        out.sort(Comparator.comparing(Snapshot::createdAt));
        return out;
    }

    private void write(Path folder, Snapshot s) {
        try {
            AtomicFiles.write(folder.resolve("image.json"), JSON.writeValueAsString(s).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LocalHostException("could not write " + folder.resolve("image.json") + ": " + e.getMessage(), e);
        }
    }

    private void remove(String id) {
        try {
            Fs.deleteTree(dir.resolve(id));
        } catch (IOException e) {
            throw new LocalHostException("could not delete the snapshot " + id + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Copies cut short by a crash; under the store's lock no other copy runs. */
    private void discardUnfinished() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path d : entries.filter(d -> d.getFileName().toString().endsWith(BUILDING)).toList()) {
                discard(d);
            }
        }
    }

    /** Deletes an unfinished copy, never while its view is still mounted (deleting would reach into the machine). */
    private void discard(Path building) {
        Path view = building.resolve("view");
        if (Mounts.read().isMountPoint(view) && !HostCommand.run(MOUNT_TIMEOUT, "umount", view.toString()).ok()) {
            return;
        }
        try {
            Fs.deleteTree(building);
        } catch (IOException e) {
            // left for the next snapshot to try again; it is never listed
        }
    }
}
