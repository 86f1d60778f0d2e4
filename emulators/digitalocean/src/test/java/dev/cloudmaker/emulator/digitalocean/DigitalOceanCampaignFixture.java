package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import dev.cloudmaker.testkit.ServerSlugs;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.EmulatorSetup;
import dev.cloudmaker.testkit.campaign.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * DigitalOcean's emulator for the testkit's campaigns: the seed's slugs, the operations its fault specs name,
 * DigitalOcean's limits, droplets active after 300 ms and actions done in 200 ms. In this module's test jar,
 * for the campaigns of providers/digitalocean and cloudmaker-cli.
 */
public final class DigitalOceanCampaignFixture implements CloudFixture {
    /** The seed's slugs; resizing up from 512 MB keeps the 10 GB disk, as DigitalOcean requires. */
    public static final ServerSlugs SLUGS = new ServerSlugs(FixtureServer.REGION, FixtureServer.SIZE, "s-1vcpu-512mb-10gb",
            FixtureServer.IMAGE);

    @Override
    public String type() {
        return "digitalocean";
    }

    @Override
    public ServerSlugs slugs() {
        return SLUGS;
    }

    /** The seed's format: one DigitalOcean account, its token under {@code digital_ocean_api_key}. */
    @Override
    public DefinitionFixture definition(Path dir) {
        return DefinitionFixture.in(dir);
    }

    @Override
    public String namespaceTag(String namespace) {
        return "cloudmaker:" + namespace;
    }

    @Override
    public List<String> faultEndpoints() {
        return List.of("*", "account", "keys", "droplets", "droplets", "tags", "domains", "records", "records",
                "regions", "sizes", "images", "droplet-actions", "actions");
    }

    @Override
    public String createEndpoint() {
        return "droplets";
    }

    @Override
    public RateLimits cloudLimits() {
        return new RateLimits(250, 5000);
    }

    /** Loopback, a free port, droplets active after 300 ms, actions done in 200 ms; faults and limits as asked. */
    @Override
    public CampaignEmulator start(EmulatorSetup setup) {
        DigitalOceanEmulatorBuilder builder = DigitalOceanEmulator.builder().port(0).seed(setup.seed()).bootDelay(Duration.ofMillis(300))
                .actionDuration(Duration.ofMillis(200));
        setup.faults().forEach(builder::fault);
        if (setup.clock() != null) {
            builder.clock(setup.clock());
        }
        if (setup.limits() != null) {
            builder.rateLimitPerMinute(setup.limits().perMinute()).rateLimitPerHour(setup.limits().perHour());
        }
        return new DigitalOceanCampaignEmulator(builder.start());
    }
}
