package dev.cloudmaker.ssh.bootstrap;

import java.util.List;

/**
 * One idempotent piece of a bootstrap: {@link #apply} first checks and changes the server only where
 * it differs, so running it again reports OK. A step that needs packages names them in
 * {@link #packages}; the bootstrap installs all of them in one batch before any step applies.
 */
public interface Step {
    String name();

    /** The packages this step needs on this host (it may look at the host to decide). */
    default List<String> packages(RemoteHost host) {
        return List.of();
    }

    /**
     * Checks and, where needed, changes the server.
     *
     * @throws CommandFailedException when a command fails in a way the step cannot go on from
     */
    StepResult apply(RemoteHost host);
}
