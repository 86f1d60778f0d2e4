package dev.cloudmaker.core.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to reach one provider: the name the definition gives it (servers it reports carry it), its
 * settings from cloud.json completed from the environment (e.g. {@code api_url}; see
 * {@link ProviderFactory#settings()}), its credentials from security.json or the environment, the request
 * timeout, the environment the provider may read (never {@code System.getenv()} directly, so tests and
 * the CLI decide), and where to tell the user one-line notices ("installing systemd-container").
 */
public record ProviderSettings(String name, Map<String, String> settings, ProviderCredentials credentials,
                               Duration requestTimeout, Map<String, String> env, Consumer<String> notices) {
    public ProviderSettings {
        settings = Map.copyOf(settings);
        env = Map.copyOf(env);
    }

    /** A provider named like its type, with only an endpoint and credentials: for tests and library users. */
    public static ProviderSettings of(String name, URI apiUrl, ProviderCredentials credentials, Duration requestTimeout) {
        return new ProviderSettings(name, apiUrl == null ? Map.of() : Map.of("api_url", apiUrl.toString()), credentials,
                requestTimeout, Map.of(), notice -> { });
    }

    public String setting(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }

    /** A URL setting, else {@code fallback}. */
    public URI url(String name, URI fallback) {
        String value = settings.get(name);
        return value == null || value.isBlank() ? fallback : URI.create(value);
    }
}
