package dev.cloudmaker.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace lock within one process; WorkspaceLockIT (cli) runs it across processes. */
class WorkspaceLockTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private WorkspaceLock take(String command, Duration wait) {
        return WorkspaceLock.acquire(new Workspace(dir), command, wait, notices::add);
    }

    private Path lockFile() {
        return WorkspaceLock.fileOf(new Workspace(dir));
    }

    @Test
    void theHolderIsWrittenWhileHeldAndTheFileEmptiedOnRelease() throws Exception {
        try (WorkspaceLock ignored = take("cloudmaker provision", Duration.ZERO)) {
            LockHolder holder = LockHolder.parse(Files.readString(lockFile())).orElseThrow();
            assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(holder.command()).isEqualTo("cloudmaker provision");
            assertThat(holder.onThisHost()).isTrue();
            assertThat(holder.aliveHere()).isTrue();
            assertThat(WorkspaceLock.status(new Workspace(dir)).held()).isTrue();
        }
        assertThat(Files.readString(lockFile())).isEmpty();
        assertThat(WorkspaceLock.status(new Workspace(dir))).isEqualTo(new LockStatus(false, java.util.Optional.empty()));
        try (WorkspaceLock again = take("cloudmaker destroy", Duration.ZERO)) {
            assertThat(notices).as("a cleanly released lock is not stale").isEmpty();
        }
    }

    @Test
    void aSecondTakerIsRefusedWithTheHoldersCommandPidAndAge() {
        try (WorkspaceLock ignored = take("cloudmaker provision", Duration.ZERO)) {
            assertThatThrownBy(() -> take("cloudmaker destroy", Duration.ZERO))
                    .isInstanceOfSatisfying(WorkspaceBusyException.class, e -> {
                        assertThat(e.holder().command()).isEqualTo("cloudmaker provision");
                        assertThat(e.lockFile()).isEqualTo(lockFile());
                    })
                    .hasMessageStartingWith("cloud.json in " + new Workspace(dir).dir() + " is being changed by `cloudmaker provision` (pid "
                            + ProcessHandle.current().pid() + ", ")
                    .hasMessageContaining("started just now");
        }
    }

    @Test
    void aWaiterGetsTheLockWhenTheHolderReleasesIt() throws Exception {
        WorkspaceLock first = take("cloudmaker provision", Duration.ZERO);
        CompletableFuture<WorkspaceLock> second = CompletableFuture.supplyAsync(() -> take("cloudmaker destroy", Duration.ofSeconds(30)));
        first.close();
        try (WorkspaceLock got = second.get(30, TimeUnit.SECONDS)) {
            assertThat(LockHolder.parse(Files.readString(lockFile())).orElseThrow().command()).isEqualTo("cloudmaker destroy");
        }
    }

    @Test
    void aWaitThatRunsOutSaysHowLong() {
        try (WorkspaceLock ignored = take("cloudmaker provision", Duration.ZERO)) {
            assertThatThrownBy(() -> take("cloudmaker destroy", Duration.ofMillis(250)))
                    .isInstanceOf(WorkspaceBusyException.class)
                    .hasMessageContaining("waited 250ms");
        }
    }

    @Test
    void aStaleLockFromADeadProcessIsTakenOverSayingWhoseItWas() throws Exception {
        LockHolder dead = new LockHolder("ann", LockHolder.hostName(), 999_999_999L, Instant.parse("2020-01-01T00:00:00Z"),
                "cloudmaker provision", Instant.now().minusSeconds(125));
        Files.createDirectories(lockFile().getParent());
        Files.writeString(lockFile(), dead.toJson());
        assertThat(dead.aliveHere()).isFalse();
        assertThat(WorkspaceLock.status(new Workspace(dir))).isEqualTo(new LockStatus(false, java.util.Optional.of(dead)));

        try (WorkspaceLock ignored = take("cloudmaker provision", Duration.ZERO)) {
            assertThat(notices).singleElement().asString()
                    .startsWith("took over a stale lock: `cloudmaker provision` (pid 999999999, ann@" + LockHolder.hostName() + ", started 2m05s ago)")
                    .contains("ended without releasing " + lockFile());
        }
    }

    @Test
    void aStaleLockFromAnotherHostSaysItRanThere() throws Exception {
        LockHolder remote = new LockHolder("bob", "elsewhere.example", 42, null, "cloudmaker stop", Instant.now());
        Files.createDirectories(lockFile().getParent());
        Files.writeString(lockFile(), remote.toJson());

        try (WorkspaceLock ignored = take("cloudmaker provision", Duration.ZERO)) {
            assertThat(notices).singleElement().asString().contains("bob@elsewhere.example", "ran on another host");
        }
    }

    @Test
    void anUnreadableLeftoverIsTakenOverToo() throws Exception {
        Files.createDirectories(lockFile().getParent());
        Files.writeString(lockFile(), "{\"user\": \"ann\", \"pi");

        try (WorkspaceLock ignored = take("cloudmaker provision", Duration.ZERO)) {
            assertThat(notices).singleElement().asString().contains("whose holder could not be read");
        }
    }

    @Test
    void aPidReusedByAnotherProcessIsNotTheHolder() {
        ProcessHandle self = ProcessHandle.current();
        LockHolder same = LockHolder.current("cloudmaker provision", Instant.now());
        LockHolder reused = new LockHolder(same.user(), same.host(), self.pid(), Instant.parse("2001-01-01T00:00:00Z"), "x", Instant.now());
        assertThat(same.aliveHere()).isTrue();
        assertThat(reused.aliveHere()).isFalse();
    }

    @Test
    void holdersSurviveTheirJson() {
        LockHolder h = new LockHolder("ann", "box", 7, Instant.parse("2024-05-01T10:00:00Z"), "cloudmaker keys add", Instant.parse("2024-05-01T10:00:03Z"));
        assertThat(LockHolder.parse(h.toJson())).contains(h);
        assertThat(LockHolder.parse("")).isEmpty();
        assertThat(LockHolder.parse("not json")).isEmpty();
    }
}
