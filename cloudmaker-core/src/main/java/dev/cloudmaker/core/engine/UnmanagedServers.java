package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servers outside every namespace that bear one of some names, on every provider at once: one listing of
 * each account, read only when a declared server is missing from its namespace (so a plan never creates a
 * second server beside a seed user's untagged one).
 */
final class UnmanagedServers {
    private UnmanagedServers() {
    }

    static List<CloudServer> named(Providers providers, Set<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> order = List.copyOf(providers.names());
        Map<String, List<CloudServer>> found = new ConcurrentHashMap<>();
        List<Throwable> failures = Parallel.forEach(order, order.size(), p -> found.put(p, providers.get(p).servers().listAll()
                .stream().filter(s -> s.namespace() == null && names.contains(s.name())).toList()));
        if (!failures.isEmpty()) {
            Throwable first = failures.getFirst();
            throw first instanceof RuntimeException r ? r : new CloudmakerException(first.getMessage(), first);
        }
        List<CloudServer> out = new ArrayList<>();
        order.forEach(p -> out.addAll(found.get(p)));
        return out;
    }
}
