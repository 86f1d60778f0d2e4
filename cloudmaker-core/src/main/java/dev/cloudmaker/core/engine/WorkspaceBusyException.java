package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import java.nio.file.Path;

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

    public LockHolder holder() {
        return holder;
    }

    public Path lockFile() {
        return lockFile;
    }
}
