package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.http.BearerToken;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorBuilder;
import dev.cloudmaker.testkit.FixtureServer;
import dev.cloudmaker.testkit.ServerSlugs;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import dev.cloudmaker.testkit.campaign.EmulatorSetup;
import dev.cloudmaker.testkit.campaign.ProviderFixture;
import dev.cloudmaker.testkit.campaign.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** DigitalOcean for the testkit's campaigns: its emulator ({@link EmulatedCloud#emulator()}), slugs, endpoints and limits. */
final class DigitalOceanCampaignFixture implements ProviderFixture {
    /** The seed's slugs; resizing up from 512 MB keeps the 10 GB disk, as DigitalOcean requires. */
    static final ServerSlugs SLUGS = new ServerSlugs(FixtureServer.REGION, FixtureServer.SIZE, "s-1vcpu-512mb-10gb",
            FixtureServer.IMAGE);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Override
    public String type() {
        return "digitalocean";
    }

    @Override
    public ServerSlugs slugs() {
        return SLUGS;
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

    @Override
    public CampaignEmulator start(EmulatorSetup setup) {
        DigitalOceanEmulatorBuilder builder = EmulatedCloud.emulator().seed(setup.seed());
        setup.faults().forEach(builder::fault);
        if (setup.clock() != null) {
            builder.clock(setup.clock());
        }
        if (setup.limits() != null) {
            builder.rateLimitPerMinute(setup.limits().perMinute()).rateLimitPerHour(setup.limits().perHour());
        }
        return new DigitalOceanCampaignEmulator(builder.start());
    }

    @Override
    public Provider provider(ProviderSettings settings, RetrySettings retry) {
        return DigitalOceanProviderFactory.create(settings, DigitalOceanProviderFactory.pacer(
                DigitalOceanProviderFactory.REQUESTS_PER_MINUTE, DigitalOceanProviderFactory.REQUESTS_PER_HOUR, MINUTE), retry);
    }

    /** The pacer {@link DigitalOceanProviderFactory#pacer} makes, and the client as the factory wires it, on that clock. */
    @Override
    public Provider pacedProvider(ProviderSettings settings, Clock clock, Sleeper sleeper, int scale) {
        RequestPacer pacer = new RequestPacer(List.of(
                new RequestPacer.Limit(DigitalOceanProviderFactory.REQUESTS_PER_MINUTE / scale, MINUTE),
                new RequestPacer.Limit(DigitalOceanProviderFactory.REQUESTS_PER_HOUR / scale, MINUTE.multipliedBy(60))),
                clock, sleeper);
        JsonApiClient client = new JsonApiClient(settings.url(DigitalOceanProviderFactory.API_URL, null),
                new BearerToken(settings.credentials().get(DigitalOceanProviderFactory.TOKEN).orElseThrow()),
                settings.requestTimeout(), pacer, new DigitalOceanErrors(), new DigitalOceanRateLimits(),
                RetrySettings.defaults(), clock);
        return new DigitalOceanProvider(client);
    }
}
