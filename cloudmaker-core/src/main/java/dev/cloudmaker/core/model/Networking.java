package dev.cloudmaker.core.model;

/** The addresses a server got; any may be null (no IPv6, no private network, not yet assigned). */
public record Networking(String publicIpv4, String publicIpv6, String privateIpv4) {
    public static final Networking NONE = new Networking(null, null, null);

    public boolean isEmpty() {
        return publicIpv4 == null && publicIpv6 == null && privateIpv4 == null;
    }
}
