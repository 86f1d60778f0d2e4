package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.BatchCreate;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Servers in memory, for the engine's tests: every create call is recorded, a server is active with an
 * address at once (or in the state a test sets), batching is offered only when {@code maxPerCall > 0},
 * and a create of a name in {@code dropOnce} is, the first time, neither carried out nor answered.
 */
final class FakeServers implements Servers {
    final List<List<ServerRequest>> calls = new CopyOnWriteArrayList<>();
    final Map<String, ServerStatus> statusOf = new ConcurrentHashMap<>();
    final Set<String> dropOnce = ConcurrentHashMap.newKeySet();
    private final Map<String, CloudServer> servers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final int maxPerCall;

    FakeServers(int maxPerCall) {
        this.maxPerCall = maxPerCall;
    }

    @Override
    public List<CloudServer> list(String namespace) {
        return servers.values().stream().filter(s -> namespace.equals(s.namespace())).map(this::current).toList();
    }

    @Override
    public List<CloudServer> listAll() {
        return servers.values().stream().map(this::current).toList();
    }

    @Override
    public Optional<CloudServer> get(String serverId) {
        return Optional.ofNullable(servers.get(serverId)).map(this::current);
    }

    @Override
    public CloudServer create(ServerRequest request) {
        return make(List.of(request)).getFirst();
    }

    @Override
    public Optional<BatchCreate> batch() {
        return maxPerCall <= 0 ? Optional.empty() : Optional.of(new BatchCreate() {
            @Override
            public int maxPerCall() {
                return maxPerCall;
            }

            @Override
            public List<CloudServer> create(List<ServerRequest> sameShape) {
                return make(sameShape);
            }
        });
    }

    private List<CloudServer> make(List<ServerRequest> requests) {
        calls.add(List.copyOf(requests));
        if (requests.stream().anyMatch(r -> dropOnce.remove(r.name()))) {
            throw new ApiException("connection reset", ApiException.Kind.TRANSPORT, 0, null, null, true, null);
        }
        List<CloudServer> made = new ArrayList<>();
        for (ServerRequest r : requests) {
            String id = Integer.toString(ids.incrementAndGet()); // creates run in parallel
            CloudServer s = new CloudServer(id, r.name(), r.region(), r.size(), r.image(), ServerStatus.ACTIVE, false, false,
                    r.tags(), r.namespace(), false, new Networking("192.0.2." + id, null, null), Instant.EPOCH, null);
            servers.put(id, s);
            made.add(s);
        }
        return made;
    }

    private CloudServer current(CloudServer s) {
        ServerStatus status = statusOf.getOrDefault(s.name(), s.status());
        return new CloudServer(s.id(), s.name(), s.region(), s.size(), s.image(), status, false, false, s.tags(), s.namespace(),
                false, s.networking(), s.createdAt(), s.provider());
    }

    @Override
    public void delete(String serverId) {
        servers.remove(serverId);
    }

    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void resize(String serverId, String size, Duration timeout) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    /** Only the namespace mark, as an import puts it on. */
    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        if (!(mark instanceof Mark.Namespace ns)) {
            throw new UnsupportedOperationException("not used by these tests");
        }
        servers.computeIfPresent(serverId, (id, s) -> new CloudServer(id, s.name(), s.region(), s.size(), s.image(), s.status(),
                false, false, s.tags(), on ? ns.name() : null, false, s.networking(), s.createdAt(), s.provider()));
    }

    /** A server made outside cloudmaker, in no namespace; returns it. */
    CloudServer seedUnmanaged(String name) {
        String id = Integer.toString(ids.incrementAndGet());
        CloudServer s = new CloudServer(id, name, "r1", "small", "debian-12", ServerStatus.ACTIVE, false, false, List.of(), null,
                false, new Networking("198.51.100." + id, null, null), Instant.EPOCH, null);
        servers.put(id, s);
        return s;
    }
}
