package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import java.util.List;

/** {@code "type": "local"}: machines on this host; no account, no DNS. */
public final class LocalProviderFactory implements ProviderFactory {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(new SettingSpec("bridge", "the name of cloudmaker's bridge (default " + LocalSettings.DEFAULT_BRIDGE + ")", List.of()),
                new SettingSpec("subnet", "the bridge's private subnet, /16 to /29 (default " + LocalSettings.DEFAULT_SUBNET + ")", List.of()),
                new SettingSpec("nat", "whether machines reach the host's networks through NAT (default false)", List.of()));
    }

    @Override
    public boolean offersDns() {
        return false;
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return new LocalProvider(LocalSettings.from(settings.settings(), settings.env()), settings.notices());
    }
}
