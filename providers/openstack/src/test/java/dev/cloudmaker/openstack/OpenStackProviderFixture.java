package dev.cloudmaker.openstack;

import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.testkit.campaign.ProviderFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The OpenStack provider for the testkit's in-process campaigns, wired as {@link OpenStackProviderFactory} wires it
 * (settings from cloud.json and security.json, the external network, no floating IPs) but with the campaign's
 * retries, or paced on the campaign's clock.
 */
final class OpenStackProviderFixture implements ProviderFixture {
    /** OpenStack has no limit of its own; the pacing campaign paces at the fixture's middleware limit. */
    private static final int REQUESTS_PER_MINUTE = 600;

    @Override
    public Provider provider(ProviderSettings settings, RetrySettings retry) {
        return provider(settings, RequestPacer.unlimited(), retry, Clock.systemUTC());
    }

    @Override
    public Provider pacedProvider(ProviderSettings settings, Clock clock, Sleeper sleeper, int scale) {
        RequestPacer pacer = new RequestPacer(List.of(new RequestPacer.Limit(REQUESTS_PER_MINUTE / scale,
                Duration.ofMinutes(1))), clock, sleeper);
        return provider(settings, pacer, RetrySettings.defaults(), clock);
    }

    private static Provider provider(ProviderSettings settings, RequestPacer pacer, RetrySettings retry, Clock clock) {
        AuthConfig config = AuthConfigResolver.resolve(settings, Preset.OPENSTACK, OpenStackProviderFactory.searchPath(settings));
        OpenStackClients clients = new OpenStackClients(config, settings.requestTimeout(), pacer, retry, clock);
        return new OpenStackProvider(Preset.OPENSTACK.type(), clients, null, false, DesignateDns.ACTIVE_TIMEOUT, null);
    }
}
