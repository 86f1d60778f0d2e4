package dev.cloudmaker.emulator.kit.state;

/**
 * Deterministic server addresses from documentation and private ranges only (RFC 5737, RFC 1918,
 * RFC 3849): they are data, never contacted. The seed shifts where allocation starts; {@code n} is the
 * emulator's count of servers given addresses so far.
 */
public final class Addresses {
    private static final int HOSTS_PER_BLOCK = 253; // .2 .. .254; .1 is the gateway

    private Addresses() {
    }

    public static String publicIpv4(long seed, long n) {
        long idx = Math.floorMod(n + seed, 2L * HOSTS_PER_BLOCK);
        String block = idx < HOSTS_PER_BLOCK ? "203.0.113." : "198.51.100.";
        return block + (idx % HOSTS_PER_BLOCK + 2);
    }

    public static String gatewayOf(String ipv4) {
        return ipv4.substring(0, ipv4.lastIndexOf('.')) + ".1";
    }

    public static String privateIpv4(long seed, long n) {
        long x = n + Math.floorMod(seed, 1000);
        return "10." + Math.floorMod(seed, 200) + "." + (x / HOSTS_PER_BLOCK % 256) + "." + (x % HOSTS_PER_BLOCK + 2);
    }

    public static String ipv6(long seed, long n) {
        return "2001:db8:" + Long.toHexString(Math.floorMod(seed, 0xffff)) + ":" + Long.toHexString(n % 0xffff)
                + "::1";
    }
}
