package dev.cloudmaker.triton;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.Servers;
import java.time.Clock;
import java.util.Optional;

/** One Triton datacenter through CloudAPI, one facet class each; CloudAPI has no DNS records (see Triton CNS). */
public final class TritonProvider implements Provider {
    /**
     * A machine keeps its NICs across a stop, user data reaches cloud-init images, creates have no idempotency
     * token, packages change in place, and there are no zones at all.
     */
    static final Capabilities CAPABILITIES = new Capabilities(true, true, false, true, false);

    private final JsonApiClient client;
    private final TritonCatalog catalog;
    private final MachineServers servers;
    private final TritonKeys keys;
    private final TritonImages images;

    public TritonProvider(JsonApiClient client, String account, Clock clock) {
        this.client = client;
        CloudApi api = new CloudApi(client, account);
        TritonDatacenter datacenter = new TritonDatacenter(api);
        this.catalog = new TritonCatalog(api, datacenter);
        this.servers = new MachineServers(api, datacenter, catalog);
        this.keys = new TritonKeys(api);
        this.images = new TritonImages(api, clock);
    }

    @Override
    public String name() {
        return "triton";
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
        return Optional.empty();
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
