package dev.cloudmaker.core.config;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Provider types as core's tests see them: no provider module is on core's class path, so these stand in
 * for the two installed ones, declaring the same settings and credential fields (a cloud with a token and
 * DNS, and local machines with neither).
 */
public final class TestProviderTypes {
    public static final ProviderFactory CLOUD = new Fake("digitalocean", true,
            List.of(new SettingSpec("api_url", "API URL", List.of("DIGITALOCEAN_API_URL"))),
            List.of(new CredentialField("token", "DigitalOcean API token", true, true,
                    List.of("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"), "digital_ocean_api_key")));
    public static final ProviderFactory LOCAL = new Fake("local", false,
            List.of(new SettingSpec("bridge", "bridge", List.of()), new SettingSpec("subnet", "subnet", List.of()),
                    new SettingSpec("nat", "nat", List.of())), List.of());
    public static final List<ProviderFactory> INSTALLED = List.of(CLOUD, LOCAL);

    private TestProviderTypes() {
    }

    /** security.json read for a definition with one provider named and typed {@code digitalocean}. */
    public static Credentials credentials(Path securityJson, Map<String, String> env) {
        return CredentialsLoader.load(securityJson, Map.of("digitalocean", new ProviderConfig("digitalocean", "digitalocean", Map.of())),
                INSTALLED, env);
    }

    /** The token read for that one provider. */
    public static Secret token(Credentials credentials) {
        return credentials.of("digitalocean").get("token").orElseThrow();
    }

    /** cloud.json loaded and checked against these types. */
    public static Definition load(Path cloudJson) {
        return ProviderChecks.resolve(DefinitionLoader.load(cloudJson), INSTALLED);
    }

    private record Fake(String name, boolean offersDns, List<SettingSpec> settings, List<CredentialField> credentials)
            implements ProviderFactory {
        @Override
        public Provider create(ProviderSettings settings) {
            throw new UnsupportedOperationException("a test type: it declares, it does not connect");
        }
    }
}
