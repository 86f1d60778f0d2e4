package dev.cloudmaker.testkit.campaign;

import dev.cloudmaker.core.config.CredentialsLoader;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.config.ProviderChecks;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One campaign emulator and one definition directory, and {@link Operations} built the way the CLI builds
 * them: definition and credentials loaded from the files (each time, as a new process would), the provider
 * from the fixture. Every provider handed out is closed with this.
 */
final class CampaignCloud implements AutoCloseable {
    final CampaignEmulator emu;
    private final String type;
    private final ProviderFixture provider;
    private final DefinitionFixture fixture;
    private final List<Provider> providers = new ArrayList<>();

    CampaignCloud(CloudFixture cloud, ProviderFixture provider, CampaignEmulator emu, DefinitionFixture fixture) {
        this.type = cloud.type();
        this.provider = provider;
        this.emu = emu;
        this.fixture = fixture;
    }

    /** With the client's read timeout and retries given. */
    Operations operations(EngineSettings settings, Duration requestTimeout, RetrySettings retry) {
        Loaded loaded = load();
        return operations(settings, loaded, provider.provider(settings(loaded, requestTimeout), retry));
    }

    /** The client paced at a {@code scale}-th of its limits, on the clock the engine's settings and the emulator read. */
    Operations operations(EngineSettings settings, Clock clock, Sleeper sleeper, int scale) {
        Loaded loaded = load();
        return operations(settings, loaded, provider.pacedProvider(settings(loaded, Duration.ofSeconds(30)), clock, sleeper, scale));
    }

    private Operations operations(EngineSettings settings, Loaded loaded, Provider provider) {
        providers.add(provider);
        Workspace workspace = new Workspace(fixture.dir());
        return new Operations(workspace, new FileStateStore(workspace), loaded.definition(), loaded.credentials(),
                Providers.of(Map.of(loaded.provider(), provider), loaded.definition().dns()), settings, ApplyListener.NONE);
    }

    private Loaded load() {
        List<ProviderFactory> installed = ProviderFactory.installed();
        Definition definition = ProviderChecks.resolve(DefinitionLoader.load(fixture.cloudJson()), installed);
        Credentials credentials = CredentialsLoader.load(fixture.securityJson(), definition.providers(), installed, Map.of());
        String name = definition.providers().keySet().iterator().next();
        String declared = definition.providers().get(name).type();
        if (!declared.equals(type)) {
            throw new IllegalStateException("the campaign's definition declares a " + declared + " provider, its cloud is "
                    + type + ": CloudFixture.definition should declare the fixture's type");
        }
        return new Loaded(definition, credentials, name);
    }

    /** The definition's one provider, as the files say now. */
    private record Loaded(Definition definition, Credentials credentials, String provider) {
    }

    private ProviderSettings settings(Loaded loaded, Duration requestTimeout) {
        return new ProviderSettings(loaded.provider(), emu.providerSettings(), loaded.credentials().of(loaded.provider()),
                requestTimeout, Map.of(), notice -> { });
    }

    @Override
    public void close() {
        providers.forEach(Provider::close);
        emu.close();
    }
}
