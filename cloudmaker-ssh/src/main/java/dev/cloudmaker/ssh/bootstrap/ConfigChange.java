package dev.cloudmaker.ssh.bootstrap;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A configuration file and the action that makes it live (a reload, a restart), done so that a run
 * cut off between the two finishes the job next time: a marker under {@link #PENDING_DIR}
 * is set before the file changes and cleared only after the action, and a set marker counts as a
 * difference even when the file already matches.
 */
public final class ConfigChange {
    /** Markers of changes made but not yet made live, kept on the server across interrupted runs. */
    public static final String PENDING_DIR = "/var/lib/cloudmaker/pending";
    private static final Pattern MARKER = Pattern.compile("[a-z0-9-]+");

    private ConfigChange() {
    }

    /** True when it wrote the file or made it live; false when both were already so. */
    public static boolean apply(RemoteHost host, String marker, String path, byte[] content, String mode, String owner,
                                UnaryOperator<String> validator, Runnable makeLive) {
        if (host.files().matches(path, content, mode, owner) && !pending(host, marker)) {
            return false;
        }
        markPending(host, marker);
        host.files().write(path, content, mode, owner, validator);
        makeLive.run();
        clearPending(host, marker);
        return true;
    }

    /** Whether a change named {@code marker} was made on an earlier run that stopped before making it live. */
    public static boolean pending(RemoteHost host, String marker) {
        return host.sudo("test -e " + path(marker)).ok();
    }

    public static void markPending(RemoteHost host, String marker) {
        host.sudoOk("mkdir -p " + PENDING_DIR + " && touch " + path(marker));
    }

    public static void clearPending(RemoteHost host, String marker) {
        host.sudoOk("rm -f " + path(marker));
    }

    private static String path(String marker) {
        if (!MARKER.matcher(marker).matches()) {
            throw new IllegalArgumentException("not a marker name: " + marker);
        }
        return PENDING_DIR + "/" + marker;
    }
}
