package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.net.URI;
import java.time.Clock;

/** {@code "provider": "digitalocean"}. */
public final class DigitalOceanProviderFactory implements ProviderFactory {
    public static final URI DEFAULT_API_URL = URI.create("https://api.digitalocean.com");
    /** DigitalOcean allows 250 requests a minute per token; keep a margin for other tools using it. */
    static final int REQUESTS_PER_MINUTE = 240;

    @Override
    public String name() {
        return "digitalocean";
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return create(settings, RequestPacer.perMinute(REQUESTS_PER_MINUTE), RetrySettings.defaults());
    }

    /** With the pacing and retries given: tests shorten the backoff or run the limits faster. */
    static Provider create(ProviderSettings settings, RequestPacer pacer, RetrySettings retry) {
        URI url = settings.apiUrl() != null ? settings.apiUrl() : DEFAULT_API_URL;
        JsonApiClient client = new JsonApiClient(url, settings.token(), settings.requestTimeout(), pacer,
                new DigitalOceanErrors(), retry, Clock.systemUTC());
        return new DigitalOceanProvider(client);
    }
}
