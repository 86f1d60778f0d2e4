package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Servers in memory that behave as EC2's do where addresses are concerned: a start gives a stopped server the next
 * public IPv4 of 203.0.113.0/24, a stopped one has none, a reboot keeps it. Every change is done at once; a resize
 * needs the server off, as the engine's resize guarantees.
 */
public final class ReaddressingServers implements Servers {
    private final Map<String, CloudServer> servers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger addresses = new AtomicInteger(9);

    @Override
    public List<CloudServer> list(String namespace) {
        return servers.values().stream().filter(s -> namespace.equals(s.namespace())).toList();
    }

    @Override
    public List<CloudServer> listAll() {
        return List.copyOf(servers.values());
    }

    @Override
    public Optional<CloudServer> get(String serverId) {
        return Optional.ofNullable(servers.get(serverId));
    }

    @Override
    public CloudServer create(ServerRequest r) {
        String id = "i-" + ids.incrementAndGet();
        CloudServer s = new CloudServer(id, r.name(), r.region(), r.size(), r.image(), ServerStatus.ACTIVE, false, false, r.tags(),
                r.namespace(), false, new Networking(nextAddress(), null, null), Instant.EPOCH, null);
        servers.put(id, s);
        return s;
    }

    @Override
    public void delete(String serverId) {
        servers.remove(serverId);
    }

    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        servers.computeIfPresent(serverId, (id, s) -> switch (action) {
            case START -> s.status() == ServerStatus.OFF ? with(s, ServerStatus.ACTIVE, s.size(), nextAddress(), s.poweredOffForResize()) : s;
            case STOP -> with(s, ServerStatus.OFF, s.size(), null, s.poweredOffForResize());
            case REBOOT -> s;
        });
    }

    @Override
    public void resize(String serverId, String size, Duration timeout) {
        servers.computeIfPresent(serverId, (id, s) -> {
            // the engine's resize powers the server off first; a running one is stopped as the provider would
            return with(s, ServerStatus.OFF, size, null, s.poweredOffForResize());
        });
    }

    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        if (!(mark instanceof Mark.PoweredOffForResize)) {
            throw new UnsupportedOperationException("only the resize mark is used by these tests");
        }
        servers.computeIfPresent(serverId, (id, s) -> with(s, s.status(), s.size(), s.networking().publicIpv4(), on));
    }

    private String nextAddress() {
        return "203.0.113." + addresses.incrementAndGet();
    }

    private static CloudServer with(CloudServer s, ServerStatus status, String size, String ipv4, boolean marked) {
        return new CloudServer(s.id(), s.name(), s.region(), size, s.image(), status, false, false, s.tags(), s.namespace(), marked,
                new Networking(ipv4, null, null), s.createdAt(), s.provider());
    }
}
