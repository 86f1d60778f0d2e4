package dev.cloudmaker.core.model;

/** The addresses a server got; any may be null (no IPv6, no private network, not yet assigned). */
public record Networking(String publicIpv4, String publicIpv6, String privateIpv4) {
    public static final Networking NONE = new Networking(null, null, null);

    public boolean isEmpty() {
        return publicIpv4 == null && publicIpv6 == null && privateIpv4 == null;
    }

    /** Whether {@code address} is this server's public IPv4 or IPv6 address, however it is spelt. */
    public boolean holdsPublic(String address) {
        return sameAddress(address, publicIpv4) || sameAddress(address, publicIpv6);
    }

    /** IPv6 has many spellings of one address ({@code 2001:db8:0:0::1} = {@code 2001:db8::1}); compare them as addresses. */
    public static boolean sameAddress(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        if (!a.contains(":") || !b.contains(":")) {
            return false;
        }
        try {
            // both contain ':' so they parse as IPv6 literals; no name lookup happens
            return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
