package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.config.CredentialsLoader;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
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
        Credentials credentials = CredentialsLoader.load(fixture.securityJson(), Map.of());
        Provider provider = DigitalOceanProviderFactory.create(
                new ProviderSettings(emu.baseUrl(), credentials.apiToken(), requestTimeout), pacer, retry);
        providers.add(provider);
        Workspace workspace = new Workspace(fixture.dir());
        return new Operations(workspace, new FileStateStore(workspace), DefinitionLoader.load(fixture.cloudJson()),
                credentials, provider, settings, listener);
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
