package dev.cloudmaker.emulator.aws;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A {@code ChangeBatch} applied all or nothing, as Route 53 does: every change is checked in order against a working
 * copy of the zone's record sets (so DELETE then CREATE of one set is legal), and the zone takes the copy only when
 * none failed; otherwise one {@code InvalidChangeBatch} lists every failure.
 */
final class RecordBatch {
    private static final Set<String> TYPES = Set.of("A", "AAAA", "CNAME", "TXT", "MX", "NS", "SOA", "SRV", "CAA",
            "PTR", "SPF", "NAPTR", "DS");

    private RecordBatch() {
    }

    /** The zone's record sets after the batch; throws without touching the zone when any change fails. */
    static List<RecordSet> apply(HostedZone zone, Element batch) {
        List<Element> changes = RequestXml.children(RequestXml.child(batch, "Changes"), "Change");
        if (changes.isEmpty()) {
            throw Route53Error.invalidInput("A change batch needs at least one Change");
        }
        List<RecordSet> working = new ArrayList<>(zone.records);
        List<String> failures = new ArrayList<>();
        for (Element change : changes) {
            String action = RequestXml.text(change, "Action");
            RecordSet set = read(RequestXml.child(change, "ResourceRecordSet"), zone);
            String label = "[name='" + DnsNames.escape(set.name()) + "', type='" + set.type() + "']";
            int at = indexOf(working, set);
            switch (action == null ? "" : action) {
                case "CREATE" -> {
                    if (at >= 0) {
                        failures.add("Tried to create resource record set " + label + " but it already exists");
                    } else {
                        working.add(set);
                    }
                }
                case "DELETE" -> {
                    if (at < 0) {
                        failures.add("Tried to delete resource record set " + label + " but it was not found");
                    } else if (!working.get(at).equals(set)) {
                        failures.add("Tried to delete resource record set " + label
                                + " but the values provided do not match the current values");
                    } else if (set.name().equals(zone.name) && (set.type().equals("SOA") || set.type().equals("NS"))) {
                        failures.add("A HostedZone must contain at least one NS record for the zone itself and "
                                + "exactly one SOA record.");
                    } else {
                        working.remove(at);
                    }
                }
                case "UPSERT" -> {
                    if (at >= 0) {
                        working.set(at, set);
                    } else {
                        working.add(set);
                    }
                }
                default -> throw Route53Error.invalidInput("Invalid change action: " + action);
            }
        }
        if (!failures.isEmpty()) {
            throw new Route53Error(400, "InvalidChangeBatch", "[" + String.join(", ", failures) + "]");
        }
        working.sort((a, b) -> {
            int byName = DnsNames.ORDER.compare(a.name(), b.name());
            return byName != 0 ? byName : a.type().compareTo(b.type());
        });
        return working;
    }

    private static int indexOf(List<RecordSet> sets, RecordSet wanted) {
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).name().equals(wanted.name()) && sets.get(i).type().equals(wanted.type())) {
                return i;
            }
        }
        return -1;
    }

    private static RecordSet read(Element e, HostedZone zone) {
        if (e == null) {
            throw Route53Error.invalidInput("A Change needs a ResourceRecordSet");
        }
        String rawName = RequestXml.text(e, "Name");
        String type = RequestXml.text(e, "Type");
        if (rawName == null || type == null) {
            throw Route53Error.invalidInput("A ResourceRecordSet needs a Name and a Type");
        }
        String name = DnsNames.normalize(rawName);
        if (!DnsNames.within(name, zone.name)) {
            throw new Route53Error(400, "InvalidChangeBatch", "[RRSet with DNS name " + DnsNames.escape(name)
                    + " is not permitted in zone " + DnsNames.escape(zone.name) + "]");
        }
        if (!TYPES.contains(type)) {
            throw Route53Error.invalidInput("Invalid type: " + type);
        }
        if (RequestXml.child(e, "AliasTarget") != null || RequestXml.child(e, "SetIdentifier") != null) {
            throw Route53Error.invalidInput("Alias and routing-policy record sets are not emulated");
        }
        String ttl = RequestXml.text(e, "TTL");
        if (ttl == null) {
            throw Route53Error.invalidInput("Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and "
                    + "ResourceRecords], or TrafficPolicyInstanceId], but found none in Change");
        }
        List<String> values = RequestXml.children(RequestXml.child(e, "ResourceRecords"), "ResourceRecord").stream()
                .map(r -> RequestXml.text(r, "Value")).toList();
        if (values.isEmpty()) {
            throw Route53Error.invalidInput("Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and "
                    + "ResourceRecords], or TrafficPolicyInstanceId], but found none in Change");
        }
        for (String v : values) {
            check(type, v, name);
        }
        try {
            return new RecordSet(name, type, Long.parseLong(ttl), values);
        } catch (NumberFormatException ex) {
            throw Route53Error.invalidInput("TTL must be a number: " + ttl);
        }
    }

    private static void check(String type, String value, String name) {
        boolean ok = switch (type) {
            case "A" -> value.matches("\\d{1,3}(\\.\\d{1,3}){3}") && literal(value);
            case "AAAA" -> value.contains(":") && value.matches("[0-9a-fA-F:.]+") && literal(value);
            default -> value != null && !value.isEmpty();
        };
        if (!ok) {
            throw new Route53Error(400, "InvalidChangeBatch", "[Invalid Resource Record: 'FATAL problem: "
                    + (type.equals("A") ? "ARRDATAIllegalIPv4Address" : "AAAARRDATAIllegalIPv6Address")
                    + " (Value is not a valid IP address) encountered with '" + value + "'']");
        }
    }

    private static boolean literal(String value) {
        try {
            InetAddress.getByName(value); // a literal address: no lookup is made
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
