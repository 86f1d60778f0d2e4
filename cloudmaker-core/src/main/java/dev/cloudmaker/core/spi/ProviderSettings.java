package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.Secret;
import java.net.URI;
import java.time.Duration;

/** How to reach a provider: its API URL (null for the provider's default), token and request timeout. */
public record ProviderSettings(URI apiUrl, Secret token, Duration requestTimeout) {
}
