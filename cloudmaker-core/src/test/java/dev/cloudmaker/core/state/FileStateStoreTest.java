package dev.cloudmaker.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: where each piece of state lands, and how a lost lease stops writes. */
class FileStateStoreTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private FileStateStore store() {
        return new FileStateStore(new Workspace(dir));
    }

    @Test
    void writesFailOnceTheLockWasForciblyRemovedAndGoUnfencedAfterRelease() {
        FileStateStore store = store();
        Journal journal = store.journal("shop");
        try (Lease lease = store.lock("cloudmaker provision", Duration.ZERO, notices::add)) {
            assertThat(lease.holder().command()).isEqualTo("cloudmaker provision");
            assertThat(lease.epoch()).isZero();
            journal.creating(Map.of("web1", "l1"), "nyc", Instant.now());

            FileStateStore other = store();
            other.forceUnlock(other.lockStatus());

            assertThatThrownBy(lease::checkValid).isInstanceOf(LeaseLostException.class).hasMessageContaining("was removed");
            assertThatThrownBy(() -> journal.creating(Map.of("web2", "l1"), "nyc", Instant.now())).isInstanceOf(LeaseLostException.class);
            assertThatThrownBy(() -> store.pins().pin("web1", List.of(), 22, ed25519())).isInstanceOf(LeaseLostException.class);
            assertThatThrownBy(() -> store.hostKeys("shop").store("web1", Secret.of("key"))).isInstanceOf(LeaseLostException.class);
            assertThat(store.journal("shop").pendingCreates()).containsOnlyKeys("web1");
        }
        journal.creating(Map.of("web2", "l1"), "nyc", Instant.now());
        assertThat(store.journal("shop").pendingCreates()).containsOnlyKeys("web1", "web2");
    }

    @Test
    void aReleasedLeaseIsNoLongerValid() {
        Lease lease = store().lock("cloudmaker provision", Duration.ZERO, notices::add);
        lease.checkValid();
        lease.close();
        lease.close();

        assertThatThrownBy(lease::checkValid).isInstanceOf(LeaseLostException.class).hasMessageContaining("released");
    }

    @Test
    void forceUnlockRefusesALockThatChangedHandsSinceItWasRead() {
        FileStateStore store = store();
        LockStatus seen = store.lockStatus();
        assertThat(seen).isEqualTo(new LockStatus(false, java.util.Optional.empty()));
        try (Lease lease = store.lock("cloudmaker provision", Duration.ZERO, notices::add)) {
            assertThatThrownBy(() -> store.forceUnlock(seen)).isInstanceOf(CloudmakerException.class)
                    .hasMessageContaining("changed since it was read", "now `cloudmaker provision`");
            lease.checkValid();
        }
    }

    @Test
    void aStaleLockTakenOverIsRecordedAsAnAbandonedRun() throws IOException {
        LockHolder dead = new LockHolder("ann", LockHolder.hostName(), 999_999_999L, null, "cloudmaker destroy",
                Instant.parse("2024-05-01T10:00:00Z"));
        Files.createDirectories(dir.resolve(".cloudmaker"));
        Files.writeString(WorkspaceLock.fileOf(new Workspace(dir)), dead.toJson());

        FileStateStore store = store();
        try (Lease ignored = store.lock("cloudmaker provision", Duration.ZERO, notices::add)) {
            assertThat(store.runs().recent(5)).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(RunRecord.of(dead, null, RunOutcome.ABANDONED));
        }
        assertThat(notices).singleElement().asString().startsWith("took over a stale lock");
    }

    @Test
    void theRunHistoryKeepsTheLatestRunsNewestFirstAndSkipsDamagedLines() throws IOException {
        RunHistory runs = store().runs();
        assertThat(runs.recent(10)).isEmpty();
        RunRecord first = run("cloudmaker provision", 1, RunOutcome.SUCCEEDED);
        RunRecord second = run("cloudmaker destroy", 2, RunOutcome.FAILED);
        runs.record(first);
        Files.writeString(dir.resolve(".cloudmaker/runs.jsonl"), "{\"command\": \"torn\n", java.nio.file.StandardOpenOption.APPEND);
        runs.record(second);

        assertThat(store().runs().recent(10)).containsExactly(second, first);
        assertThat(store().runs().recent(1)).containsExactly(second);
        assertThat(Files.readAllLines(dir.resolve(".cloudmaker/runs.jsonl")).getFirst()).isEqualTo("{\"id\":\"" + first.id()
                + "\",\"command\":\"cloudmaker provision\",\"user\":\"ann\",\"host\":\"box\",\"pid\":1,\"start\":\"2024-05-01T10:00:01Z\","
                + "\"end\":\"2024-05-01T10:01:01Z\",\"outcome\":\"succeeded\",\"plan_summary\":\"Plan: 1 to add.\",\"plan\":{\"kind\":\"provision\"},"
                + "\"result\":\"exit 0\"}");
        assertThat(store().runs().find(first.id())).contains(first);
        assertThat(store().runs().find("0000000000")).isEmpty();
    }

    @Test
    void aLineWrittenBeforeRunsHadIdsAndPlansIsReadWithAnIdItKeeps() throws IOException {
        Files.createDirectories(dir.resolve(".cloudmaker"));
        Files.writeString(dir.resolve(".cloudmaker/runs.jsonl"), "{\"command\":\"cloudmaker provision\",\"user\":\"ann\",\"host\":\"box\","
                + "\"pid\":1,\"start\":\"2024-05-01T10:00:01Z\",\"end\":\"2024-05-01T10:01:01Z\",\"outcome\":\"succeeded\"}\n");

        RunRecord old = store().runs().recent(1).getFirst();
        assertThat(old.id()).matches("[0-9a-f]{10}").isEqualTo(store().runs().recent(1).getFirst().id());
        assertThat(old.plan()).isNull();
        assertThat(old.result()).isNull();
        assertThat(old.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        RunRecord next = run("cloudmaker destroy", 2, RunOutcome.FAILED);
        store().runs().record(next);
        assertThat(store().runs().find(old.id())).contains(old);
        assertThat(store().runs().recent(5)).containsExactly(next, old);
    }

    @Test
    void theRunHistoryIsBounded() throws IOException {
        RunHistory runs = store().runs();
        runs.record(run("cloudmaker provision", 0, RunOutcome.SUCCEEDED));
        Path file = dir.resolve(".cloudmaker/runs.jsonl");
        String line = Files.readAllLines(file).getFirst();
        Files.write(file, IntStream.range(0, FileRunHistory.MAX_RUNS).mapToObj(i -> line.replace("\"pid\":0", "\"pid\":" + i)).toList());

        RunRecord latest = run("cloudmaker stop", 5000, RunOutcome.SUCCEEDED);
        runs.record(latest);

        List<RunRecord> kept = runs.recent(Integer.MAX_VALUE);
        assertThat(kept).hasSize(FileRunHistory.MAX_RUNS).first().isEqualTo(latest);
        assertThat(kept.getLast().pid()).as("the oldest went").isEqualTo(1);
        assertThat(kept.subList(0, FileRunHistory.MAX_PLANS)).as("the newest keep their plan")
                .allSatisfy(r -> assertThat(r.plan().document()).isEqualTo("{\"kind\":\"provision\"}"));
        assertThat(kept.subList(FileRunHistory.MAX_PLANS, kept.size())).as("older ones keep the plan's summary and the result only")
                .allSatisfy(r -> {
                    assertThat(r.plan().document()).isNull();
                    assertThat(r.plan().summary()).isEqualTo("Plan: 0 to add.");
                    assertThat(r.result()).isEqualTo("exit 0");
                });
    }

    @Test
    void hostKeysAreOwnerOnlyFilesPerNamespaceAndServer() throws IOException {
        HostKeys keys = store().hostKeys("shop");
        assertThat(keys.load("web1")).isEmpty();

        keys.store("web1", Secret.of("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n"));

        Path file = dir.resolve(".cloudmaker/hostkeys/shop/web1.key");
        assertThat(file).hasContent("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent().getParent()))).isEqualTo("rwx------");
        assertThat(keys.load("web1").orElseThrow().reveal()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        assertThat(store().hostKeys("other").load("web1")).isEmpty();

        keys.remove("web1");
        keys.remove("web1");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> keys.store("../web1", Secret.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pinsLiveInKnownHostsBesideCloudJsonWhichIsTheFileOpenSshIsGiven() {
        HostKeyPins pins = store().pins();
        SshPublicKey key = ed25519();

        HostKeyPin pin = pins.pin("web1", List.of("203.0.113.5"), 22, key);

        Path file = dir.toAbsolutePath().resolve("known_hosts");
        assertThat(pins.openSshFile()).isEqualTo(file);
        assertThat(pins.location()).isEqualTo(file.toString());
        assertThat(pin.location()).isEqualTo(file + " line 2");
        assertThat(pin.removal()).isEqualTo("remove line 2 from " + file);
        assertThat(store().pins().lookup("web1")).contains(pin);
        assertThat(file).content().contains("web1,203.0.113.5 " + key.line());
    }

    private static RunRecord run(String command, int pid, RunOutcome outcome) {
        Instant start = Instant.parse("2024-05-01T10:00:00Z").plusSeconds(pid);
        return new RunRecord(RunRecord.newId(), command, "ann", "box", pid, start, start.plusSeconds(60), outcome,
                new RunPlan("Plan: " + pid + " to add.", "{\"kind\":\"provision\"}"), outcome == RunOutcome.SUCCEEDED ? "exit 0" : "exit 1: boom");
    }

    /** A fresh ed25519 public key line: the JDK's key, in the SSH wire format. */
    static SshPublicKey ed25519() {
        try {
            byte[] x509 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
            byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(blob);
            byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
            out.writeInt(type.length);
            out.write(type);
            out.writeInt(raw.length);
            out.write(raw);
            return SshPublicKey.parse("ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
