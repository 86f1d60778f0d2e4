package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * A host firewall that drops all incoming traffic except to the ports it is told to open, and lets
 * all outgoing traffic through. Converging removes any other opening it finds, so the server's state
 * is exactly what the bootstrap asks, and a second run changes nothing.
 */
public sealed interface Firewall permits Ufw, Firewalld, Pf {
    Comparator<PortSpec> ORDER = Comparator.comparingInt(PortSpec::port).thenComparing(PortSpec::protocol);

    List<String> packages();

    /** Makes the firewall open exactly {@code open}; returns what it changed, empty when nothing. */
    List<String> converge(RemoteHost host, SortedSet<PortSpec> open);
}
