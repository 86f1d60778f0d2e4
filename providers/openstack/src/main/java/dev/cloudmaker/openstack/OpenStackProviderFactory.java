package dev.cloudmaker.openstack;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * {@code "type": "openstack"}: any OpenStack cloud, configured as its own clients are (clouds.yaml, {@code OS_*}) or
 * in cloud.json and security.json. Designate, when the cloud has it, holds DNS records.
 */
public final class OpenStackProviderFactory implements ProviderFactory {
    @Override
    public String name() {
        return Preset.OPENSTACK.type();
    }

    @Override
    public List<SettingSpec> settings() {
        return OpenStackSettings.settings();
    }

    @Override
    public List<CredentialField> credentials() {
        return OpenStackSettings.credentials(Preset.OPENSTACK);
    }

    @Override
    public String endpointSetting() {
        return OpenStackSettings.AUTH_URL;
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return create(settings, Preset.OPENSTACK);
    }

    static Provider create(ProviderSettings settings, Preset preset) {
        AuthConfig config = AuthConfigResolver.resolve(settings, preset, searchPath(settings));
        String floating = settings.setting(OpenStackSettings.FLOATING_IP, "false").strip().toLowerCase(Locale.ROOT);
        if (!floating.equals("true") && !floating.equals("false")) {
            throw new CloudmakerException("provider " + settings.name() + " (" + preset.type() + "): \"floating_ip\" is \""
                    + floating + "\"; write \"true\" or \"false\" in its cloud.json entry");
        }
        String zoneEmail = settings.setting(OpenStackSettings.ZONE_EMAIL, null);
        if (zoneEmail != null && !zoneEmail.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new CloudmakerException("provider " + settings.name() + " (" + preset.type() + "): \"zone_email\" is \""
                    + zoneEmail + "\"; write an email address such as hostmaster@example.org in its cloud.json entry");
        }
        OpenStackClients clients = new OpenStackClients(config, settings.requestTimeout(), RequestPacer.unlimited(),
                RetrySettings.defaults(), Clock.systemUTC());
        return new OpenStackProvider(preset.type(), clients, settings.setting(OpenStackSettings.NETWORK, null),
                floating.equals("true"), DesignateDns.ACTIVE_TIMEOUT, zoneEmail == null ? null : zoneEmail.strip());
    }

    /** clouds.yaml's folders: the working folder, then under the home the settings' environment gives (else this process's). */
    static List<Path> searchPath(ProviderSettings settings) {
        String home = settings.env().getOrDefault("HOME", System.getProperty("user.home"));
        return CloudsYaml.searchPath(Path.of("").toAbsolutePath(), Path.of(home));
    }
}
