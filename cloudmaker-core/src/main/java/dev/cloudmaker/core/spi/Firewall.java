package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.role.PortSpec;
import java.util.List;

/**
 * What a server's network firewall must let in, for clouds that filter in front of the server (EC2's security
 * groups): the role it plays ({@code null} for none) and the ports the host firewall opens for it, SSH's own port
 * (the hardened one) included.
 */
public record Firewall(String role, List<PortSpec> ports) {
    public static final Firewall SSH_ONLY = new Firewall(null, List.of(new PortSpec(22, "tcp")));

    public Firewall {
        ports = List.copyOf(ports);
    }
}
