package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.ServerSlugs;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.EmulatorSetup;
import dev.cloudmaker.testkit.campaign.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * OpenStack's emulator for the testkit's campaigns: Keystone, Nova, Glance, Neutron and Designate on one port, the
 * emulator's user {@code demo} in project {@code demo} (a password login in security.json), the operations of
 * OpenStackEmulatorBuilder's fault list that a provision calls, servers ACTIVE after 300 ms, actions done in
 * 200 ms, Designate changes ACTIVE after 100 ms. In this module's test jar, for the campaigns of providers/openstack
 * and cloudmaker-cli.
 */
public final class OpenStackCampaignFixture implements CloudFixture {
    /** The region, a flavor, the one below it (a resize is a flavor change), and an image by name. */
    public static final ServerSlugs SLUGS = new ServerSlugs("RegionOne", "m1.small", "m1.tiny", "debian-12");
    /** The Nova tag of a namespace, as the account view shows it. */
    static final String NAMESPACE_TAG = "cloudmaker:";
    /** OpenStack has no limit of its own; a deployment's middleware in front, say 600 a minute per user. */
    private static final int REQUESTS_PER_MINUTE = 600;

    @Override
    public String type() {
        return "openstack";
    }

    @Override
    public ServerSlugs slugs() {
        return SLUGS;
    }

    /** One provider named {@code openstack}: the user, password and project in security.json. */
    @Override
    public DefinitionFixture definition(Path dir) {
        return DefinitionFixture.in(dir).provider(type(), Map.of("username", "demo", "password", "secret",
                "project_name", "demo"));
    }

    @Override
    public String namespaceTag(String namespace) {
        return NAMESPACE_TAG + namespace;
    }

    @Override
    public List<String> faultEndpoints() {
        return List.of("*", "tokens", "servers", "servers", "server-actions", "server-metadata", "flavors", "keypairs",
                "images", "networks", "ports", "security-groups", "security-group-rules", "zones", "recordsets",
                "recordsets");
    }

    @Override
    public String createEndpoint() {
        return "servers";
    }

    @Override
    public RateLimits cloudLimits() {
        return new RateLimits(REQUESTS_PER_MINUTE, REQUESTS_PER_MINUTE * 60);
    }

    /** Loopback, a free port, quick builds; faults, clock and per-minute limit as asked. */
    @Override
    public CampaignEmulator start(EmulatorSetup setup) {
        OpenStackEmulatorBuilder builder = OpenStackEmulator.builder().port(0).seed(setup.seed())
                .bootDelay(Duration.ofMillis(300)).actionDuration(Duration.ofMillis(200))
                .dnsDelay(Duration.ofMillis(100));
        setup.faults().forEach(builder::fault);
        if (setup.clock() != null) {
            builder.clock(setup.clock());
        }
        if (setup.limits() != null) {
            builder.rateLimitPerMinute(setup.limits().perMinute());
        }
        return new OpenStackCampaignEmulator(builder.start());
    }
}
