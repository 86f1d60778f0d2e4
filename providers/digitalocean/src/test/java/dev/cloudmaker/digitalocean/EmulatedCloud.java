package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.config.CredentialsLoader;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.http.BearerToken;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorBuilder;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One emulator and one definition directory, and {@link Operations} built the way the CLI builds
 * them: definition and credentials loaded from the files, a provider from the factory. Every
 * provider handed out is closed with this.
 */
final class EmulatedCloud implements AutoCloseable {
    /** Quick polling and a short visibility grace, so lost creates are settled in seconds. */
    static final EngineSettings FAST = EngineSettings.defaults()
            .withPolling(Duration.ofMillis(50), Duration.ofMillis(200))
            .withVisibilityGrace(Duration.ofSeconds(3));

    final DigitalOceanEmulator emu;
    final DefinitionFixture fixture;
    private final List<Provider> providers = new ArrayList<>();

    EmulatedCloud(DigitalOceanEmulator emu, DefinitionFixture fixture) {
        this.emu = emu;
        this.fixture = fixture;
    }

    /** Loopback, a free port, droplets active after 300 ms. */
    static DigitalOceanEmulatorBuilder emulator() {
        return DigitalOceanEmulator.builder().port(0).bootDelay(Duration.ofMillis(300))
                .actionDuration(Duration.ofMillis(200));
    }

    Operations operations() {
        return operations(FAST, ApplyListener.NONE);
    }

    /** Fresh Operations reading the files as they are now (as a new process would). */
    Operations operations(EngineSettings settings, ApplyListener listener) {
        return operations(settings, listener, Duration.ofSeconds(10), RetrySettings.defaults());
    }

    /** As {@link #operations(EngineSettings, ApplyListener)}, with the client's read timeout and retries given. */
    Operations operations(EngineSettings settings, ApplyListener listener, Duration requestTimeout, RetrySettings retry) {
        return operations(settings, listener, requestTimeout, retry, DigitalOceanProviderFactory.pacer(
                DigitalOceanProviderFactory.REQUESTS_PER_MINUTE, DigitalOceanProviderFactory.REQUESTS_PER_HOUR,
                Duration.ofMinutes(1)));
    }

    /** With the client's pacer given too (to run the rate limits faster than real time). */
    Operations operations(EngineSettings settings, ApplyListener listener, Duration requestTimeout, RetrySettings retry,
                          RequestPacer pacer) {
        Credentials credentials = TestSettings.credentials(fixture.securityJson(), fixture.cloudJson());
        return operations(settings, listener, credentials, DigitalOceanProviderFactory.create(
                TestSettings.of(emu.baseUrl(), token(credentials), requestTimeout), pacer, retry));
    }

    /**
     * On one clock end to end, the emulator's too: the engine's waits ({@code settings}), the pacer's and
     * the client's pause after a 429 read {@code clock}. The client is wired as the factory wires it but
     * for that clock.
     */
    Operations operations(EngineSettings settings, RequestPacer pacer, Clock clock) {
        Credentials credentials = TestSettings.credentials(fixture.securityJson(), fixture.cloudJson());
        JsonApiClient client = new JsonApiClient(emu.baseUrl(), new BearerToken(token(credentials)), Duration.ofSeconds(30), pacer,
                new DigitalOceanErrors(), new DigitalOceanRateLimits(), RetrySettings.defaults(), clock);
        return operations(settings, ApplyListener.NONE, credentials, new DigitalOceanProvider(client));
    }

    private Secret token(Credentials credentials) {
        return credentials.of(providerName()).get(DigitalOceanProviderFactory.TOKEN).orElseThrow();
    }

    private String providerName() {
        return TestSettings.definition(fixture.cloudJson()).providers().keySet().iterator().next();
    }

    private Operations operations(EngineSettings settings, ApplyListener listener, Credentials credentials,
                                  Provider provider) {
        Definition definition = TestSettings.definition(fixture.cloudJson());
        providers.add(provider);
        Workspace workspace = new Workspace(fixture.dir());
        return new Operations(workspace, new FileStateStore(workspace), definition, credentials,
                Providers.of(Map.of(providerName(), provider), definition.dns()), settings, listener);
    }

    Map<String, CloudServer> provision() {
        Operations ops = operations();
        Plan plan = ops.planProvision(Set.of());
        return ops.apply(plan);
    }

    @Override
    public void close() {
        providers.forEach(Provider::close);
        emu.close();
    }
}
