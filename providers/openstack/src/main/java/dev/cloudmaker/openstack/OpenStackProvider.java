package dev.cloudmaker.openstack;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.NamespaceResources;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.Servers;
import java.time.Duration;
import java.util.Optional;

/** One OpenStack project in one region: Nova, Glance, Neutron and Designate behind one Keystone token. */
public final class OpenStackProvider implements Provider {
    /**
     * A server keeps its fixed (and floating) address across a stop, user data reaches cloud-init, creates have no
     * idempotency token, flavors change by resize and confirm, and a Designate zone must be delegated to be of use.
     */
    static final Capabilities CAPABILITIES = new Capabilities(true, true, false, true, false);

    private final String type;
    private final OpenStackClients clients;
    private final OpenStackCatalog catalog;
    private final NovaServers servers;
    private final NovaKeys keys;
    private final Snapshots images;
    private final DesignateDns dns;
    private final OpenStackNamespaceResources namespaceResources;

    /** {@code zoneEmail}: the contact of the Designate zones it creates (null: {@code hostmaster@} the zone). */
    OpenStackProvider(String type, OpenStackClients clients, String network, boolean floatingIp, Duration dnsTimeout,
                      String zoneEmail) {
        this.type = type;
        this.clients = clients;
        OpenStackApi api = new OpenStackApi(clients);
        Flavors flavors = new Flavors(api);
        GlanceImages glance = new GlanceImages(api);
        this.catalog = new OpenStackCatalog(clients, flavors, glance);
        SecurityGroups groups = new SecurityGroups(api);
        this.servers = new NovaServers(api, catalog, flavors, glance, new NeutronNetworks(api, network), floatingIp, groups);
        this.keys = new NovaKeys(api);
        this.namespaceResources = new OpenStackNamespaceResources(clients, groups, keys);
        this.images = new Snapshots(api, servers, catalog, glance);
        this.dns = new DesignateDns(api, dnsTimeout, zoneEmail);
    }

    @Override
    public String name() {
        return type;
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
    public Optional<NamespaceResources> namespaceResources() {
        return Optional.of(namespaceResources);
    }

    @Override
    public CallStats callStats() {
        return clients.stats();
    }

    @Override
    public void close() {
        clients.close();
    }
}
