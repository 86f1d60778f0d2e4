package dev.cloudmaker.openstack;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Provider settings as the CLI hands them over, for tests. */
final class TestSettings {
    private TestSettings() {
    }

    static ProviderSettings settings(Map<String, String> settings, Map<String, String> credentials, Map<String, String> env) {
        Map<String, Secret> secrets = new HashMap<>();
        credentials.forEach((k, v) -> secrets.put(k, Secret.of(v)));
        return new ProviderSettings("os", settings, new ProviderCredentials(secrets), Duration.ofSeconds(10), env, n -> { });
    }

    static AuthConfig resolve(Preset preset, Map<String, String> settings, Map<String, String> credentials,
                              Map<String, String> env, List<Path> searchPath) {
        return AuthConfigResolver.resolve(settings(settings, credentials, env), preset, searchPath);
    }
}
