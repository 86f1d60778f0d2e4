package dev.cloudmaker.aws;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.NamespaceResources;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.Servers;
import java.util.Optional;
import java.util.function.Consumer;

/** One region of an AWS account: EC2 for servers, keys and images, Route 53 for DNS, one facet class each. */
public final class AwsProvider implements Provider {
    /**
     * The public IPv4 changes on every stop and start, user data reaches cloud-init, RunInstances deduplicates by
     * {@code ClientToken}, the instance type changes while stopped, and a hosted zone costs money and needs delegation.
     */
    static final Capabilities CAPABILITIES = new Capabilities(false, true, true, true, false);

    private final AwsClients clients;
    private final Ec2Catalog catalog;
    private final Ec2Servers servers;
    private final Ec2Keys keys;
    private final Ec2Images images;
    private final Route53Dns dns;
    private final Ec2NamespaceResources namespaceResources;

    AwsProvider(AwsClients clients, Consumer<String> notices) {
        this.clients = clients;
        String region = clients.region().id();
        this.catalog = new Ec2Catalog(clients.ec2(), region);
        SecurityGroups groups = new SecurityGroups(clients.ec2());
        this.servers = new Ec2Servers(clients.ec2(), region, new Ec2Launcher(clients.ec2(), catalog, groups));
        this.keys = new Ec2Keys(clients.ec2());
        this.namespaceResources = new Ec2NamespaceResources(groups, keys);
        this.images = new Ec2Images(clients.ec2(), region);
        this.dns = new Route53Dns(clients.route53(), notices);
    }

    @Override
    public String name() {
        return "aws";
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

    /** The SDK clients, for tests that look at what the provider made. */
    AwsClients clients() {
        return clients;
    }

    @Override
    public void close() {
        clients.close();
    }
}
