package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.Servers;
import java.util.Optional;

/** DigitalOcean droplets, SSH keys, snapshots, DNS and catalogue through API v2, one facet class each. */
public final class DigitalOceanProvider implements Provider {
    /**
     * Addresses survive a stop, user data reaches cloud-init, creates have no idempotency token, droplets
     * resize in place, and a zone is free to create.
     */
    static final Capabilities CAPABILITIES = new Capabilities(true, true, false, true, true);

    private final JsonApiClient client;
    private final DigitalOceanCatalog catalog;
    private final DigitalOceanDns dns;
    private final DropletServers servers;
    private final DigitalOceanKeys keys;
    private final DigitalOceanImages images;

    public DigitalOceanProvider(JsonApiClient client) {
        this.client = client;
        DigitalOceanApi api = new DigitalOceanApi(client);
        this.catalog = new DigitalOceanCatalog(api);
        this.dns = new DigitalOceanDns(api);
        this.servers = new DropletServers(api);
        this.keys = new DigitalOceanKeys(api);
        this.images = new DigitalOceanImages(api);
    }

    @Override
    public String name() {
        return "digitalocean";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Servers servers() {
        return servers;
    }

    @Override
    public Keys keys() {
        return keys;
    }

    @Override
    public Images images() {
        return images;
    }

    @Override
    public Optional<DnsProvider> dns() {
        return Optional.of(dns);
    }

    @Override
    public CallStats callStats() {
        return client.stats();
    }

    @Override
    public void close() {
        client.close();
    }
}
