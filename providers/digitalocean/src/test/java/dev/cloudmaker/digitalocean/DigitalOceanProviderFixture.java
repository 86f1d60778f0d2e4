package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.http.BearerToken;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.testkit.campaign.ProviderFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The DigitalOcean provider for the testkit's in-process campaigns, wired as {@link DigitalOceanProviderFactory} wires it. */
final class DigitalOceanProviderFixture implements ProviderFixture {
    private static final Duration MINUTE = Duration.ofMinutes(1);

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
