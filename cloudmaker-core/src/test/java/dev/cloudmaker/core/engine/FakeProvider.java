package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Provider;
import java.util.List;
import java.util.Optional;

/** A provider that has only servers ({@link FakeServers}); the other facets are not used by the engine's server stages. */
record FakeProvider(FakeServers servers, Capabilities capabilities) implements Provider {
    FakeProvider(FakeServers servers) {
        this(servers, new Capabilities(true, true, false, true, false));
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Catalog catalog() {
        throw new UnsupportedOperationException("no catalogue");
    }

    /** An account holding no key: found nothing, listed empty; the server stages never make one. */
    @Override
    public Keys keys() {
        return new Keys() {
            @Override
            public Optional<CloudKey> find(SshPublicKey key) {
                return Optional.empty();
            }

            @Override
            public CloudKey create(Named name, SshPublicKey key) {
                throw new UnsupportedOperationException("no key uploads");
            }

            @Override
            public List<CloudKey> list() {
                return List.of();
            }

            @Override
            public void delete(String keyId) {
                throw new UnsupportedOperationException("no key deletes");
            }
        };
    }

    @Override
    public Images images() {
        throw new UnsupportedOperationException("no images");
    }

    @Override
    public Optional<DnsProvider> dns() {
        return Optional.empty();
    }

    @Override
    public CallStats callStats() {
        return new CallStats();
    }

    @Override
    public void close() {
    }
}
