package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import java.util.List;

/**
 * {@code "type": "rackspace"}: OpenStack with Rackspace OpenStack Flex's defaults, its public Keystone for the region
 * ({@code region_name}, default DFW3), the {@code rackspace_cloud_domain} domain, and the API key as the password.
 */
public final class RackspaceProviderFactory implements ProviderFactory {
    @Override
    public String name() {
        return Preset.RACKSPACE.type();
    }

    @Override
    public List<SettingSpec> settings() {
        return OpenStackSettings.settings();
    }

    @Override
    public List<CredentialField> credentials() {
        return OpenStackSettings.credentials(Preset.RACKSPACE);
    }

    @Override
    public String endpointSetting() {
        return OpenStackSettings.AUTH_URL;
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return OpenStackProviderFactory.create(settings, Preset.RACKSPACE);
    }
}
