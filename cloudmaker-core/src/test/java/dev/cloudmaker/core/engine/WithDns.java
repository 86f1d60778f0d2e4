package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.Servers;
import java.util.Optional;

/** A {@link FakeProvider} that also serves DNS. */
record WithDns(FakeProvider fake, DnsProvider zones) implements Provider {
    @Override
    public String name() {
        return fake.name();
    }

    @Override
    public Capabilities capabilities() {
        return fake.capabilities();
    }

    @Override
    public Catalog catalog() {
        return fake.catalog();
    }

    @Override
    public Servers servers() {
        return fake.servers();
    }

    @Override
    public Keys keys() {
        return fake.keys();
    }

    @Override
    public Images images() {
        return fake.images();
    }

    @Override
    public Optional<DnsProvider> dns() {
        return Optional.of(zones);
    }

    @Override
    public CallStats callStats() {
        return fake.callStats();
    }

    @Override
    public void close() {
    }
}
