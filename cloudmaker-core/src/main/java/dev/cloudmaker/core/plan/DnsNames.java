package dev.cloudmaker.core.plan;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Which zone a DNS name belongs in, and its name relative to that zone. */
public final class DnsNames {
    /**
     * Public suffixes with two labels that people commonly register under. When no zone in the account
     * matches a name, the zone to create is the registrable domain: one label more than its public suffix.
     */
    private static final Set<String> TWO_LABEL_SUFFIXES = Set.of(
            "co.uk", "org.uk", "me.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "net.uk",
            "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "net.nz",
            "co.jp", "ne.jp", "or.jp", "com.br", "net.br", "org.br", "co.za", "org.za",
            "com.cn", "net.cn", "org.cn", "com.mx", "co.in", "net.in", "org.in", "com.sg",
            "com.hk", "com.tw", "co.kr", "com.tr", "com.ar", "co.il", "com.ua", "com.pl");

    private DnsNames() {
    }

    public static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** The longest zone among {@code zones} that is {@code fqdn} itself or a suffix of it at a dot; null if none. */
    public static String zoneFor(String fqdn, Collection<String> zones) {
        String name = normalize(fqdn);
        String best = null;
        for (String zone : zones) {
            String z = normalize(zone);
            boolean matches = name.equals(z) || name.endsWith("." + z);
            if (matches && (best == null || z.length() > best.length())) {
                best = z;
            }
        }
        return best;
    }

    /** The zone to create for a name no account zone covers: {@code www.shop.acme.co.uk} → {@code acme.co.uk}. */
    public static String registrableDomain(String fqdn) {
        String[] labels = normalize(fqdn).split("\\.");
        int n = labels.length;
        String lastTwo = labels[n - 2] + "." + labels[n - 1];
        int keep = TWO_LABEL_SUFFIXES.contains(lastTwo) && n >= 3 ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /** {@code server1.acme.com} in {@code acme.com} → {@code server1}; the apex → {@code @}. */
    public static String relativeName(String fqdn, String zone) {
        String name = normalize(fqdn);
        String z = normalize(zone);
        return name.equals(z) ? "@" : name.substring(0, name.length() - z.length() - 1);
    }

    /** The inverse of {@link #relativeName}. */
    public static String fqdn(String relativeName, String zone) {
        return relativeName.equals("@") ? normalize(zone) : normalize(relativeName) + "." + normalize(zone);
    }
}
