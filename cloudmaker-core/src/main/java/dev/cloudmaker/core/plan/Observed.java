package dev.cloudmaker.core.plan;

import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RegionInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the cloud has, read before planning: the user's key if registered, the namespace's servers,
 * the account's domains, the records of the domains the definition uses, and the regions.
 */
public record Observed(Optional<CloudKey> key, List<CloudServer> servers, List<String> domains,
                       Map<String, List<DnsRecord>> records, List<RegionInfo> regions) {

    public Observed {
        servers = List.copyOf(servers);
        domains = List.copyOf(domains);
        records = Map.copyOf(records);
        regions = List.copyOf(regions);
    }

    public List<DnsRecord> recordsOf(String domain) {
        return records.getOrDefault(domain, List.of());
    }

    public boolean regionSupportsIpv6(String region) {
        return regions.stream().anyMatch(r -> r.slug().equals(region) && r.supportsIpv6());
    }
}
