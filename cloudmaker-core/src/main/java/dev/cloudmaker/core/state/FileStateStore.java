package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The state in the definition's folder, in the files and formats cloudmaker has always used:
 * {@code .cloudmaker/lock}, {@code .cloudmaker/journal-<ns>.json}, {@code .cloudmaker/hostkeys/<ns>/<server>.key},
 * {@code known_hosts} beside cloud.json, and {@code .cloudmaker/runs.jsonl}. While this store's lease
 * is held, every write first checks it is still valid.
 */
public final class FileStateStore implements StateStore {
    private final Workspace workspace;
    private volatile WorkspaceLock lease;

    public FileStateStore(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public Lease lock(String command, Duration wait, Consumer<String> notices) {
        WorkspaceLock taken = WorkspaceLock.acquire(workspace, command, wait, notices);
        lease = taken;
        taken.tookOverFrom().ifPresent(stale -> {
            try {
                runs().record(RunRecord.of(stale, null, RunOutcome.ABANDONED));
            } catch (RuntimeException e) {
                // the history is for people; the run it would delay matters more
                notices.accept("could not record the abandoned run in the history: " + e.getMessage());
            }
        });
        return taken;
    }

    @Override
    public LockStatus lockStatus() {
        return WorkspaceLock.status(workspace);
    }

    @Override
    public void forceUnlock(LockStatus seen) {
        LockStatus now = lockStatus();
        if (!now.equals(seen)) {
            throw new CloudmakerException("the lock " + WorkspaceLock.fileOf(workspace) + " changed since it was read ("
                    + now.holder().map(h -> "now " + h.describe(Instant.now())).orElse("now without a holder")
                    + "); check it again with `cloudmaker unlock`. The lock is kept.");
        }
        WorkspaceLock.forceRemove(workspace);
    }

    @Override
    public Journal journal(String namespace) {
        return FileJournal.open(workspace.stateDir(), namespace, this::fence);
    }

    @Override
    public HostKeys hostKeys(String namespace) {
        return new FileHostKeys(workspace.stateDir(), namespace, this::fence);
    }

    @Override
    public KnownHostsFile pins() {
        return new KnownHostsFile(workspace.dir().resolve("known_hosts"), this::fence);
    }

    @Override
    public RunHistory runs() {
        return new FileRunHistory(workspace.stateDir(), this::fence);
    }

    /** A write while this store's lease is held must still be the holder's; without a lease, writes go unfenced, as they always have. */
    private void fence() {
        WorkspaceLock held = lease;
        if (held != null && held.isHeld()) {
            held.checkValid();
        }
    }
}
