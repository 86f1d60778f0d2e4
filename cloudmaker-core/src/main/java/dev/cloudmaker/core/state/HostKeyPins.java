package dev.cloudmaker.core.state;

import dev.cloudmaker.core.model.SshPublicKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The servers' pinned public host keys: one per server name, with the addresses it is reached at.
 * An SSH connection to a server is made only when it presents the pinned key.
 */
public interface HostKeyPins {

    /**
     * Pins {@code key} for {@code server}, replacing its pin if it has one.
     *
     * @param addresses the addresses cloudmaker connects to (public and private IPs), may be empty
     * @param port the SSH port the addresses are reached on
     */
    HostKeyPin pin(String server, List<String> addresses, int port, SshPublicKey key);

    Optional<HostKeyPin> lookup(String server);

    /** Removes the server's pin; returns whether there was one. */
    boolean remove(String server);

    /** Where the pins are kept, for messages ("no host key is pinned for web1 in ..."). */
    String location();

    /**
     * A known_hosts file holding these pins, for OpenSSH ({@code ssh -o UserKnownHostsFile=FILE}). The
     * file store gives its own file; a store kept elsewhere would write them to a temporary file.
     */
    Path openSshFile();
}
