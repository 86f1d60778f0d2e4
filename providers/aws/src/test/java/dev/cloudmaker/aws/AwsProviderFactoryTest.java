package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsProviderFactoryTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void theTypeIsFoundByServiceLoaderWithTheAwsToolsEnvironmentVariables() {
        ProviderFactory aws = ProviderFactory.named("aws");
        assertThat(aws.offersDns()).isTrue();
        assertThat(aws.settings()).extracting(SettingSpec::name, SettingSpec::env).contains(
                org.assertj.core.groups.Tuple.tuple("region", java.util.List.of("AWS_REGION", "AWS_DEFAULT_REGION")),
                org.assertj.core.groups.Tuple.tuple("api_url", java.util.List.of("AWS_ENDPOINT_URL")));
        assertThat(aws.credentials()).filteredOn(CredentialField::secret).extracting(CredentialField::name)
                .contains("secret_access_key", "session_token");
        assertThat(aws.credentials()).noneMatch(CredentialField::required);
    }

    @Test
    void halfAnAccessKeyNamesTheMissingHalfAndNeverTheSecret() {
        assertThatThrownBy(() -> create(Map.of("region", "eu-west-1"), Map.of("secret_access_key", Secret.of(SECRET))))
                .isInstanceOf(CloudmakerException.class)
                .hasMessageContaining("provider aws1 (aws)").hasMessageContaining("\"access_key_id\"")
                .hasMessageContaining("security.json").hasMessageNotContaining(SECRET);
    }

    @Test
    void aBadRegionOrEndpointIsNamedWithAFix() {
        Map<String, Secret> keys = Map.of("access_key_id", Secret.of("AKID"), "secret_access_key", Secret.of(SECRET));
        assertThatThrownBy(() -> create(Map.of("region", "Europe West"), keys))
                .hasMessageContaining("\"region\": \"Europe West\"").hasMessageContaining("us-east-1");
        assertThatThrownBy(() -> create(Map.of("region", "eu-west-1", "api_url", "localhost:4566"), keys))
                .hasMessageContaining("\"api_url\"").hasMessageContaining("http://127.0.0.1:4566");
    }

    private static void create(Map<String, String> settings, Map<String, Secret> credentials) {
        new AwsProviderFactory().create(new ProviderSettings("aws1", settings, new ProviderCredentials(credentials),
                Duration.ofSeconds(5), Map.of(), n -> { })).close();
    }
}
