package dev.cloudmaker.emulator.digitalocean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** DNS record normalisation and validation: relative names, trailing dots, address syntax. */
final class RecordRules {
    static final List<String> TYPES = List.of("A", "AAAA", "CAA", "CNAME", "MX", "NS", "SOA", "SRV", "TXT");
    private static final List<String> HOSTNAME_DATA = List.of("CNAME", "MX", "NS", "SRV");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern HEX_GROUP = Pattern.compile("^[0-9a-fA-F]{1,4}$");

    private RecordRules() {
    }

    /** {@code www.example.com} or {@code www.example.com.} becomes {@code www}; the domain itself becomes {@code @}. */
    static String relativeName(String name, String domain) {
        if (name == null || name.isBlank()) {
            return "@";
        }
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (n.equals(domain)) {
            return "@";
        }
        return n.endsWith("." + domain) ? n.substring(0, n.length() - domain.length() - 1) : n;
    }

    /** Validates data for the type and returns it as stored: without the trailing dot. */
    static String data(String type, String data, boolean requireDot) {
        if (data == null || data.isBlank()) {
            throw ApiError.unprocessable("Data needs to be set.");
        }
        switch (type) {
            case "A" -> {
                if (!isIpv4(data)) {
                    throw ApiError.unprocessable("Data must be a valid IPv4 address.");
                }
            }
            case "AAAA" -> {
                if (!isIpv6(data)) {
                    throw ApiError.unprocessable("Data must be a valid IPv6 address.");
                }
            }
            default -> {
                if (HOSTNAME_DATA.contains(type) && !data.equals("@")) {
                    if (requireDot && !data.endsWith(".")) {
                        throw ApiError.unprocessable("Data needs to end with a dot (.)");
                    }
                    return data.replaceAll("\\.$", "");
                }
            }
        }
        return data;
    }

    static boolean isIpv4(String s) {
        return s != null && IPV4.matcher(s).matches();
    }

    static boolean isIpv6(String s) {
        if (s == null || !s.contains(":") || s.contains(":::")) {
            return false;
        }
        String[] halves = s.split("::", -1);
        if (halves.length > 2) {
            return false;
        }
        int groups = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String g : half.split(":", -1)) {
                if (!HEX_GROUP.matcher(g).matches()) {
                    return false;
                }
                groups++;
            }
        }
        return halves.length == 2 ? groups < 8 : groups == 8;
    }
}
