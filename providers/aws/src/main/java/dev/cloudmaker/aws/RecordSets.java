package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.DnsRecord;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Route 53's record sets (one name and type, many values) as cloudmaker's records (one value each). A record's id is
 * {@code TYPE/name} (the name relative to the zone, {@code @} for the apex) when its set holds one value, so an update
 * keeps it; {@code TYPE/name/value} when the set holds several, so each can be changed or deleted alone. Names come
 * back absolute, lower-cased, with a trailing dot and {@code *} as {@code \052}.
 */
final class RecordSets {
    private RecordSets() {
    }

    static List<DnsRecord> records(String zone, ResourceRecordSet set) {
        if (set.aliasTarget() != null || set.setIdentifier() != null) {
            return List.of();
        }
        String name = relative(zone, set.name());
        int ttl = set.ttl() == null ? 0 : set.ttl().intValue();
        boolean single = set.resourceRecords().size() == 1;
        return set.resourceRecords().stream()
                .map(r -> new DnsRecord(single ? id(set.typeAsString(), name) : id(set.typeAsString(), name, r.value()),
                        set.typeAsString(), name, r.value(), ttl))
                .toList();
    }

    /** The id of a set's only value. */
    static String id(String type, String name) {
        return type + "/" + name;
    }

    /** The id of one value of a set holding several. */
    static String id(String type, String name, String value) {
        return type + "/" + name + "/" + value;
    }

    /** {@code [type, name]} or {@code [type, name, value]} of an id made here; null when it is none. */
    static String[] parse(String id) {
        String[] parts = id.split("/", 3);
        return parts.length >= 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? parts : null;
    }

    /** {@code www} of {@code www.example.com.} in zone {@code example.com}; {@code @} for the apex. */
    static String relative(String zone, String absolute) {
        String name = unescape(absolute).toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String z = zone.toLowerCase(Locale.ROOT);
        if (name.equals(z)) {
            return "@";
        }
        return name.endsWith("." + z) ? name.substring(0, name.length() - z.length() - 1) : name;
    }

    /** The absolute name Route 53 takes, with the trailing dot. */
    static String absolute(String zone, String relative) {
        return (relative.equals("@") || relative.isEmpty() ? zone : relative + "." + zone) + ".";
    }

    /** Route 53's {@code \ooo} octal escapes back to characters ({@code \052} is {@code *}). */
    static String unescape(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 3 < name.length() + 0 && name.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(name.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A zone's name as cloudmaker spells domains: without the trailing dot. */
    static String domain(String zoneName) {
        return zoneName.endsWith(".") ? zoneName.substring(0, zoneName.length() - 1) : zoneName;
    }
}
