package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.time.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Another run holds the workspace lock. The message names the holder; {@link #holder()} is null when
 * its lock file could not be read (it was being written).
 */
public final class WorkspaceBusyException extends CloudmakerException {
    private final transient LockHolder holder;
    private final transient Path lockFile;

    public WorkspaceBusyException(String message, LockHolder holder, Path lockFile) {
        super(message);
        this.holder = holder;
        this.lockFile = lockFile;
    }

    /** The lock of {@code workspace} is held by {@code holder} (null: unreadable); {@code waited} null when not waited for. */
    static WorkspaceBusyException of(Workspace workspace, Path file, LockHolder holder, Duration waited) {
        Instant now = Instant.now();
        StringBuilder m = new StringBuilder("cloud.json in " + workspace.dir() + " is being changed by ")
                .append(holder == null ? "another cloudmaker run (its lock file " + file + " is being written)" : holder.describe(now));
        if (waited != null) {
            m.append("; waited ").append(Durations.format(waited)).append(" for it");
        }
        if (holder != null && !holder.onThisHost()) {
            m.append("; it runs on another host, so cloudmaker cannot tell whether it is still alive");
        }
        return new WorkspaceBusyException(m.toString(), holder, file);
    }

    public LockHolder holder() {
        return holder;
    }

    public Path lockFile() {
        return lockFile;
    }
}
