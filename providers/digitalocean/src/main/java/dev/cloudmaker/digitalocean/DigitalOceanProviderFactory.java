package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.BearerToken;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import dev.cloudmaker.core.time.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code "type": "digitalocean"}: one account, reached with its API token at {@code api_url}. Names the
 * environment variables doctl and DigitalOcean's other tools read.
 */
public final class DigitalOceanProviderFactory implements ProviderFactory {
    public static final URI DEFAULT_API_URL = URI.create("https://api.digitalocean.com");
    /** DigitalOcean allows 250 requests a minute and 5,000 an hour per token; keep a margin for other tools using it. */
    static final int REQUESTS_PER_MINUTE = 240;
    static final int REQUESTS_PER_HOUR = 4800;

    static final String TOKEN = "token";
    static final String API_URL = "api_url";

    @Override
    public String name() {
        return "digitalocean";
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(new SettingSpec(API_URL, "the API's base URL (default " + DEFAULT_API_URL + ")", List.of("DIGITALOCEAN_API_URL")));
    }

    @Override
    public List<CredentialField> credentials() {
        return List.of(new CredentialField(TOKEN, "DigitalOcean API token", true, true,
                List.of("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"), "digital_ocean_api_key"));
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return create(settings, pacer(REQUESTS_PER_MINUTE, REQUESTS_PER_HOUR, Duration.ofMinutes(1)),
                RetrySettings.defaults());
    }

    /**
     * At most {@code perMinute} in any {@code minute} and {@code perHour} in any sixty of them; tests run
     * DigitalOcean's limits faster than real time by scaling the minute and both counts down together.
     */
    static RequestPacer pacer(int perMinute, int perHour, Duration minute) {
        return new RequestPacer(List.of(new RequestPacer.Limit(perMinute, minute),
                new RequestPacer.Limit(perHour, minute.multipliedBy(60))), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** With the pacing and retries given: tests shorten the backoff or run the limits faster. */
    static Provider create(ProviderSettings settings, RequestPacer pacer, RetrySettings retry) {
        URI url = settings.url(API_URL, DEFAULT_API_URL);
        Secret token = settings.credentials().get(TOKEN).orElseThrow(() -> new CloudmakerException(
                "provider " + settings.name() + " has no DigitalOcean API token"));
        JsonApiClient client = new JsonApiClient(url, new BearerToken(token), settings.requestTimeout(), pacer,
                new DigitalOceanErrors(), new DigitalOceanRateLimits(), retry, Clock.systemUTC());
        return new DigitalOceanProvider(client);
    }
}
