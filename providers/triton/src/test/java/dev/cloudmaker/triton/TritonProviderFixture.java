package dev.cloudmaker.triton;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SigningKey;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.testkit.campaign.ProviderFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The Triton provider for the testkit's in-process campaigns, wired as {@link TritonProviderFactory} wires it. */
final class TritonProviderFixture implements ProviderFixture {

    @Override
    public Provider provider(ProviderSettings settings, RetrySettings retry) {
        return TritonProviderFactory.create(settings, TritonProviderFactory.pacer(Clock.systemUTC(), Sleeper.SYSTEM), retry);
    }

    /** The factory's key and client, with its pacer at a {@code scale}-th of its limit, all on {@code clock}. */
    @Override
    public Provider pacedProvider(ProviderSettings settings, Clock clock, Sleeper sleeper, int scale) {
        String account = settings.setting(TritonProviderFactory.ACCOUNT, null);
        SigningKey key = TritonSigningKeys.locate(account, settings.credentials().get(TritonProviderFactory.KEY_ID)
                .map(Secret::reveal).orElseThrow(), settings.credentials().get(TritonProviderFactory.PRIVATE_KEY_FILE)
                .map(Secret::reveal).map(Path::of), Path.of(System.getProperty("user.home"), ".ssh"), null);
        RequestPacer pacer = new RequestPacer(List.of(new RequestPacer.Limit(TritonProviderFactory.REQUESTS_PER_MINUTE / scale,
                Duration.ofMinutes(1))), clock, sleeper);
        return new TritonProvider(TritonProviderFactory.client(settings.url(TritonProviderFactory.URL, null), key,
                settings.requestTimeout(), pacer, RetrySettings.defaults(), clock), account, clock);
    }
}
