package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.plan.DnsNames;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A started server's declared names follow its new public addresses, on clouds that give a server a new address on
 * every start (EC2): each A/AAAA record of its names that points at an address no server of the namespace holds
 * (its own old one) is changed to the new address. A record pointing at another server's address is left as it is
 * and told, as provision would refuse it.
 */
public final class RecordsFollow {
    private RecordsFollow() {
    }

    /**
     * @param names    the started server's declared DNS names
     * @param server   the started server as it runs now
     * @param holder   which server of the namespace holds an address, if one does
     * @return one line per record changed or left alone
     */
    public static List<String> apply(DnsProvider dns, List<String> names, CloudServer server,
                                     Function<String, java.util.Optional<String>> holder) {
        List<String> out = new ArrayList<>();
        if (names.isEmpty()) {
            return out;
        }
        List<String> zones = dns.domains().stream().map(DnsNames::normalize).toList();
        Map<String, String> wanted = Map.of("A", nullToEmpty(server.networking().publicIpv4()),
                "AAAA", nullToEmpty(server.networking().publicIpv6()));
        for (String name : names) {
            String fqdn = DnsNames.normalize(name);
            String zone = DnsNames.zoneFor(fqdn, zones);
            if (zone == null) {
                continue;
            }
            String relative = DnsNames.relativeName(fqdn, zone);
            for (DnsRecord r : dns.records(zone)) {
                String address = wanted.get(r.type());
                if (address == null || address.isEmpty() || !r.name().equalsIgnoreCase(relative)
                        || Networking.sameAddress(r.data(), address)) {
                    continue;
                }
                java.util.Optional<String> held = holder.apply(r.data()).filter(Predicate.not(server.name()::equals));
                if (held.isPresent()) {
                    out.add(r.type() + " " + fqdn + " points at " + r.data() + " of " + held.get() + "; left as it is");
                } else {
                    dns.updateRecord(zone, r.id(), new RecordSpec(r.type(), r.name(), address, r.ttl()));
                    out.add(r.type() + " " + fqdn + " " + r.data() + " → " + address);
                }
            }
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
