package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.Secret;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to reach a provider: its API URL (null for the provider's default), token (null for providers
 * that need none, like local machines), request timeout, the provider's own options from cloud.json
 * (e.g. the local provider's bridge and subnet), and where to tell the user one-line notices (like
 * "installing systemd-container on this host").
 */
public record ProviderSettings(URI apiUrl, Secret token, Duration requestTimeout,
                               Map<String, String> options, Consumer<String> notices) {
    public ProviderSettings {
        options = Map.copyOf(options);
    }

    public ProviderSettings(URI apiUrl, Secret token, Duration requestTimeout) {
        this(apiUrl, token, requestTimeout, Map.of(), notice -> { });
    }
}
