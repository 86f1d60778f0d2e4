package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.spi.BatchCreate;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.Servers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A provider's servers, each stamped with the name the definition gives the provider, by every method that returns one. */
final class NamedServers implements Servers {
    private final String name;
    private final Servers servers;

    NamedServers(String name, Servers servers) {
        this.name = name;
        this.servers = servers;
    }

    @Override
    public List<CloudServer> list(String namespace) {
        return named(servers.list(namespace));
    }

    @Override
    public List<CloudServer> listAll() {
        return named(servers.listAll());
    }

    @Override
    public boolean numericIds() {
        return servers.numericIds();
    }

    @Override
    public Optional<CloudServer> get(String serverId) {
        return servers.get(serverId).map(s -> s.onProvider(name));
    }

    @Override
    public CloudServer create(ServerRequest request) {
        return servers.create(request).onProvider(name);
    }

    @Override
    public Optional<BatchCreate> batch() {
        return servers.batch().map(b -> new BatchCreate() {
            @Override
            public int maxPerCall() {
                return b.maxPerCall();
            }

            @Override
            public List<CloudServer> create(List<ServerRequest> sameShape) {
                return named(b.create(sameShape));
            }
        });
    }

    @Override
    public void delete(String serverId) {
        servers.delete(serverId);
    }

    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        servers.power(serverId, action, timeout);
    }

    @Override
    public void resize(String serverId, String size, Duration timeout) {
        servers.resize(serverId, size, timeout);
    }

    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        servers.mark(serverId, mark, on);
    }

    @Override
    public java.util.Map<String, List<String>> cloudNames(java.util.Collection<CloudServer> listed) {
        return servers.cloudNames(listed);
    }

    private List<CloudServer> named(List<CloudServer> listed) {
        return listed.stream().map(s -> s.onProvider(name)).toList();
    }
}
