package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.config.CredentialsLoader;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.config.ProviderChecks;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** How this module's tests set up a DigitalOcean provider: one account at an emulator's URL. */
final class TestSettings {
    static final List<ProviderFactory> INSTALLED = List.of(new DigitalOceanProviderFactory());

    private TestSettings() {
    }

    static ProviderSettings of(URI apiUrl, Secret token, Duration requestTimeout) {
        return ProviderSettings.of("digitalocean", apiUrl, new ProviderCredentials(Map.of(DigitalOceanProviderFactory.TOKEN, token)),
                requestTimeout);
    }

    static Definition definition(Path cloudJson) {
        return ProviderChecks.resolve(DefinitionLoader.load(cloudJson), INSTALLED);
    }

    static Credentials credentials(Path securityJson, Path cloudJson) {
        return CredentialsLoader.load(securityJson, definition(cloudJson).providers(), INSTALLED, Map.of());
    }

    /** The token security.json gives the definition's one DigitalOcean provider. */
    static Secret token(Path securityJson, Path cloudJson) {
        Definition def = definition(cloudJson);
        return credentials(securityJson, cloudJson).of(def.providers().keySet().iterator().next())
                .get(DigitalOceanProviderFactory.TOKEN).orElseThrow();
    }
}
