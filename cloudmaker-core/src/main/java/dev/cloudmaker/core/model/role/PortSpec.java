package dev.cloudmaker.core.model.role;

/** A port the firewall opens for a role; {@code protocol} is "tcp" or "udp". */
public record PortSpec(int port, String protocol) {
    @Override
    public String toString() {
        return port + "/" + protocol;
    }
}
