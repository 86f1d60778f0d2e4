package dev.cloudmaker.ssh.bootstrap;

import java.util.function.UnaryOperator;

/**
 * A configuration file and the action that makes it live (a reload, a restart), done so that a run
 * cut off between the two finishes the job next time: a marker under {@link RemoteHost#PENDING_DIR}
 * is set before the file changes and cleared only after the action, and a set marker counts as a
 * difference even when the file already matches.
 */
public final class ConfigChange {
    private ConfigChange() {
    }

    /** True when it wrote the file or made it live; false when both were already so. */
    public static boolean apply(RemoteHost host, String marker, String path, byte[] content, String mode, String owner,
                                UnaryOperator<String> validator, Runnable makeLive) {
        if (host.fileMatches(path, content, mode, owner) && !host.pending(marker)) {
            return false;
        }
        host.markPending(marker);
        host.writeFile(path, content, mode, owner, validator);
        makeLive.run();
        host.clearPending(marker);
        return true;
    }
}
