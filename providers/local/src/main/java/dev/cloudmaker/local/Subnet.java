package dev.cloudmaker.local;

/**
 * The private IPv4 subnet of cloudmaker's bridge, /16 to /29: the host takes the first address, machines
 * the ones after it.
 */
public record Subnet(int network, int prefix) {
    public Subnet {
        if (prefix < 16 || prefix > 29) {
            throw new IllegalArgumentException("the prefix must be between /16 and /29, found /" + prefix);
        }
        network &= mask(prefix);
    }

    /** Parses {@code 10.213.0.0/24}. */
    public static Subnet parse(String cidr) {
        String[] parts = cidr.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("\"" + cidr + "\" is not a subnet like 10.213.0.0/24");
        }
        try {
            return new Subnet(address(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + cidr + "\" is not a subnet like 10.213.0.0/24");
        }
    }

    public static int address(String dotted) {
        String[] o = dotted.split("\\.");
        if (o.length != 4) {
            throw new IllegalArgumentException("\"" + dotted + "\" is not an IPv4 address");
        }
        int a = 0;
        for (String part : o) {
            int v = Integer.parseInt(part);
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("\"" + dotted + "\" is not an IPv4 address");
            }
            a = (a << 8) | v;
        }
        return a;
    }

    public static String dotted(int a) {
        return ((a >>> 24) & 255) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    /** The host's address on the bridge: the first in the subnet. */
    public String gateway() {
        return dotted(network + 1);
    }

    /** The n-th machine address (n from 1), after the host's; empty past the broadcast address. */
    public java.util.Optional<String> machine(int n) {
        long last = (network & 0xffffffffL) + (1L << (32 - prefix)) - 2;
        long a = (network & 0xffffffffL) + 1 + n;
        return n < 1 || a > last ? java.util.Optional.empty() : java.util.Optional.of(dotted((int) a));
    }

    public boolean contains(String dottedAddress) {
        return (address(dottedAddress) & mask(prefix)) == network;
    }

    /** Whether this subnet shares any address with a route destination like {@code 10.0.0.0/8} or {@code 10.213.0.7}. */
    public boolean overlaps(String cidr) {
        String[] parts = cidr.split("/");
        int otherPrefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
        int p = Math.min(prefix, otherPrefix);
        return (network & mask(p)) == (address(parts[0]) & mask(p));
    }

    @Override
    public String toString() {
        return dotted(network) + "/" + prefix;
    }
}
