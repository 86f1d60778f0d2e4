package dev.cloudmaker.cli;

import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The definition's providers as this run reaches them: where each was pointed by {@code --api-url
 * PROVIDER=URL}, or at the sandbox's emulator with {@code --sandbox}. Closing closes the providers, then
 * the emulators.
 */
final class Connections implements AutoCloseable {
    private final Map<String, ProviderConfig> configs;
    private final Map<String, URI> apiUrls;
    private final Sandbox sandbox;
    private final Providers.Setup setup;
    private final Providers providers;

    Connections(GlobalOptions options, Map<String, ProviderConfig> configs, String dns, Credentials credentials,
                List<ProviderFactory> installed, Map<String, String> env, Path stateDir, boolean readsOnly, Consumer<String> notices) {
        this.configs = configs;
        this.apiUrls = ApiUrls.parse(options.apiUrls, configs.keySet());
        this.sandbox = options.sandbox ? sandbox(options, configs, stateDir, readsOnly) : null;
        this.setup = new Providers.Setup(configs, credentials, installed, env, Providers.Setup.REQUEST_TIMEOUT, notices,
                this::redirect);
        this.providers = Providers.open(setup, dns);
    }

    private static Sandbox sandbox(GlobalOptions options, Map<String, ProviderConfig> configs, Path stateDir, boolean readsOnly) {
        if (!options.apiUrls.isEmpty()) {
            throw new UsageException("--sandbox and --api-url exclude each other: the sandbox is its own API");
        }
        if (configs.values().stream().noneMatch(p -> Sandbox.emulates(p.type()))) {
            throw new UsageException("--sandbox emulates clouds; " + String.join(", ", configs.keySet())
                    + " machines are real: run without --sandbox");
        }
        return new Sandbox(stateDir, readsOnly);
    }

    Providers providers() {
        return providers;
    }

    /** A provider in the sandbox, or one whose API is on this host's loopback, is an emulator: its servers lead nowhere. */
    boolean emulated(String provider) {
        if (sandbox != null && Sandbox.emulates(configs.get(provider).type())) {
            return true;
        }
        String url = setup.settings(provider).settings().get(endpointSetting(provider));
        String host = url == null ? null : URI.create(url).getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
    }

    /** Where the provider's type keeps its API URL ({@code api_url} for most). */
    private String endpointSetting(String provider) {
        return ProviderFactory.find(configs.get(provider).type()).map(ProviderFactory::endpointSetting).orElse("api_url");
    }

    private ProviderSettings redirect(ProviderSettings settings) {
        URI url = apiUrls.get(settings.name());
        if (url != null) {
            Map<String, String> pointed = new LinkedHashMap<>(settings.settings());
            pointed.put(endpointSetting(settings.name()), url.toString());
            return new ProviderSettings(settings.name(), pointed, settings.credentials(), settings.requestTimeout(),
                    settings.env(), settings.notices());
        }
        return sandbox == null ? settings : sandbox.redirect(configs.get(settings.name()).type(), settings);
    }

    @Override
    public void close() {
        try {
            providers.close();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
