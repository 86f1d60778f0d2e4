package dev.cloudmaker.core.plan;

import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RegionInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the clouds have, read before planning: per provider (by the definition's names) the user's key if
 * registered and the regions; the namespace's servers on every provider (each carrying its provider's
 * name); and from the DNS provider the account's domains and the records of the domains the definition uses.
 * {@code unmanaged} are the servers outside every namespace that bear the name of a declared server missing
 * from the namespace (a seed user's droplets, made before cloudmaker marked servers): they are read only
 * when such a server is missing, and the planner never creates a second server beside one of them.
 */
public record Observed(Map<String, Optional<CloudKey>> keys, List<CloudServer> servers, List<String> domains,
                       Map<String, List<DnsRecord>> records, Map<String, List<RegionInfo>> regions,
                       List<CloudServer> unmanaged) {

    public Observed {
        keys = Map.copyOf(keys);
        servers = List.copyOf(servers);
        domains = List.copyOf(domains);
        records = Map.copyOf(records);
        regions = Map.copyOf(regions);
        unmanaged = List.copyOf(unmanaged);
    }

    /** Nothing outside the namespace shares a declared server's name. */
    public Observed(Map<String, Optional<CloudKey>> keys, List<CloudServer> servers, List<String> domains,
                    Map<String, List<DnsRecord>> records, Map<String, List<RegionInfo>> regions) {
        this(keys, servers, domains, records, regions, List.of());
    }

    public List<DnsRecord> recordsOf(String domain) {
        return records.getOrDefault(domain, List.of());
    }

    /** The user's key as registered with a provider; empty when it is not (or the provider was not read). */
    public Optional<CloudKey> key(String provider) {
        return keys.getOrDefault(provider, Optional.empty());
    }

    public boolean regionSupportsIpv6(String provider, String region) {
        return regions.getOrDefault(provider, List.of()).stream().anyMatch(r -> r.slug().equals(region) && r.supportsIpv6());
    }
}
