package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.inventory.Inventory;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every server in the accounts of some providers, whatever namespace it is in or none, with the names the DNS
 * provider's records give it: the seed tool's {@code cloudmaker inventory}, which needs only credentials.
 */
public final class AccountInventory {
    private AccountInventory() {
    }

    /**
     * Lists every provider's account and every zone of the DNS provider (none when {@code providers} has no DNS
     * provider), all at once; servers {@code declared} come first in that order, then the others by name.
     */
    public static Inventory read(Providers providers, List<ServerSpec> declared, EngineSettings settings) {
        List<String> names = List.copyOf(providers.names());
        Map<String, List<CloudServer>> servers = new ConcurrentHashMap<>();
        Map<String, List<DnsRecord>> records = new ConcurrentHashMap<>();
        List<Runnable> reads = new ArrayList<>();
        names.forEach(p -> reads.add(() -> servers.put(p, providers.get(p).servers().listAll())));
        if (providers.dnsName() != null) {
            reads.add(() -> {
                List<String> zones = providers.dns().domains();
                rethrow(Parallel.forEach(zones, settings.parallelism(), z -> records.put(z, providers.dns().records(z))));
            });
        }
        rethrow(Parallel.forEach(reads, reads.size(), Runnable::run));
        List<CloudServer> all = new ArrayList<>();
        names.forEach(p -> all.addAll(servers.get(p)));
        return Inventory.of(all, records, declared, p -> providers.get(p).servers().numericIds(), cloudNames(providers, all));
    }

    /** The names each provider's cloud gives its servers itself (Triton CNS), by server id. */
    static Map<String, List<String>> cloudNames(Providers providers, Collection<CloudServer> servers) {
        Map<String, List<String>> names = new java.util.HashMap<>();
        servers.stream().filter(s -> s.provider() != null && providers.names().contains(s.provider()))
                .collect(java.util.stream.Collectors.groupingBy(CloudServer::provider))
                .forEach((p, on) -> names.putAll(providers.get(p).servers().cloudNames(on)));
        return names;
    }

    private static void rethrow(List<Throwable> failures) {
        if (!failures.isEmpty()) {
            Throwable first = failures.getFirst();
            throw first instanceof RuntimeException r ? r : new CloudmakerException(first.getMessage(), first);
        }
    }
}
