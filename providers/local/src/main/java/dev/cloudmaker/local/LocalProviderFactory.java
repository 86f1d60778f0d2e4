package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;

/** {@code "provider": "local"}. */
public final class LocalProviderFactory implements ProviderFactory {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean needsToken() {
        return false;
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return new LocalProvider(LocalSettings.from(settings.options(), System.getenv()), settings.notices());
    }
}
