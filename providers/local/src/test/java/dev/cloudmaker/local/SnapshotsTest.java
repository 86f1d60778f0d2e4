package dev.cloudmaker.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Snapshot bookkeeping on plain folders; the copy itself needs root and mounts (LocalLifecycleIT). */
class SnapshotsTest {
    @TempDir
    Path dir;

    @Test
    void snapshotsAreFoundByIdOrNameAndListedOldestFirst() throws IOException {
        snapshot("snap-00000002", "web-golden", "2026-01-02T00:00:00Z");
        snapshot("snap-00000001", "db-golden", "2026-01-01T00:00:00Z");
        Files.createDirectories(dir.resolve("snap-00000003.building/rootfs"));
        Snapshots snapshots = new Snapshots(dir);

        assertThat(snapshots.list()).extracting(Snapshots.Snapshot::id).containsExactly("snap-00000001", "snap-00000002");
        assertThat(snapshots.find("web-golden")).map(Snapshots.Snapshot::id).contains("snap-00000002");
        assertThat(snapshots.find("snap-00000001")).map(Snapshots.Snapshot::name).contains("db-golden");
        assertThat(snapshots.find("snap-00000003")).as("an unfinished copy").isEmpty();
        assertThat(snapshots.find("debian-12")).isEmpty();
    }

    @Test
    void aSnapshotMachinesStillOverlayIsHiddenAndGoesWithTheLastOfThem() throws IOException {
        snapshot("snap-00000001", "golden", "2026-01-01T00:00:00Z");
        Snapshots snapshots = new Snapshots(dir);
        Path rootfs = snapshots.rootfs("snap-00000001");

        snapshots.delete("snap-00000001", Set.of(rootfs));

        assertThat(snapshots.list()).isEmpty();
        assertThat(snapshots.find("golden")).isEmpty();
        assertThat(snapshots.byId("snap-00000001")).hasValueSatisfying(s -> assertThat(s.deletedAt()).isNotNull());
        assertThat(rootfs).as("machines still overlay it").isDirectory();

        snapshots.pruneDeleted(Set.of(rootfs));
        assertThat(rootfs).isDirectory();
        snapshots.pruneDeleted(Set.of());
        assertThat(dir.resolve("snap-00000001")).doesNotExist();
    }

    @Test
    void anUnusedSnapshotIsDeletedAtOnceAndAnUnknownOneIsNoError() throws IOException {
        snapshot("snap-00000001", "golden", "2026-01-01T00:00:00Z");
        Snapshots snapshots = new Snapshots(dir);

        snapshots.delete("snap-00000001", Set.of());
        snapshots.delete("snap-00000001", Set.of());
        snapshots.delete("snap-ffffffff", Set.of());

        assertThat(dir.resolve("snap-00000001")).doesNotExist();
    }

    @Test
    void aNewSnapshotNeedsAFreeNameBeforeAnythingIsCopied() throws IOException {
        snapshot("snap-00000001", "golden", "2026-01-01T00:00:00Z");
        Snapshots snapshots = new Snapshots(dir);
        MachineRecord m = new MachineRecord("cm01", "web1", "debian-12", dir.resolve("nowhere").toString(), "local-1gb", "cmbr0",
                "10.213.0.2", List.of(), 0, 0, "2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> snapshots.take(m, dir.resolve("upper"), "golden", "debian-12", java.time.Duration.ofMinutes(1)))
                .hasMessageContaining("there is a local image named golden already (snap-00000001, made from web1");
        assertThatThrownBy(() -> snapshots.take(m, dir.resolve("upper"), "debian-12", "debian-12", java.time.Duration.ofMinutes(1)))
                .hasMessageContaining("cannot name a local image");
        assertThatThrownBy(() -> snapshots.take(m, dir.resolve("upper"), " ", "debian-12", java.time.Duration.ofMinutes(1)))
                .hasMessageContaining("an image needs a name");
        try (var entries = Files.list(dir)) {
            assertThat(entries).extracting(p -> p.getFileName().toString()).containsExactly("snap-00000001");
        }
    }

    private void snapshot(String id, String name, String createdAt) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(id).resolve("rootfs")).getParent();
        Files.writeString(folder.resolve("image.json"), """
                {"id": "%s", "name": "%s", "baseImage": "debian-12", "sourceMachine": "cm01", "sourceName": "web1",
                 "createdAt": "%s", "deletedAt": null}
                """.formatted(id, name, createdAt));
    }
}
