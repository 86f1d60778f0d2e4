package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.CloudmakerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an OpenStack provider's credentials come from, in the order OpenStack's own clients read them. */
class AuthConfigResolverTest {
    private static final String CLOUDS = """
            clouds:
              emu:
                auth:
                  auth_url: http://127.0.0.1:5000/identity/v3
                  username: demo
                  password: s3cret-from-yaml
                  project_name: demo
                  user_domain_name: Default
                  project_domain_name: Default
                region_name: RegionOne
              other:
                auth:
                  auth_url: http://other.example/v3
                  application_credential_id: app1
                  application_credential_secret: appsecret
                auth_type: v3applicationcredential
            """;

    @TempDir
    Path dir;

    @Test
    void aCloudNamedInCloudJsonIsReadFromTheFirstCloudsYamlOnTheSearchPath() throws IOException {
        Path second = Files.createDirectories(dir.resolve("home/.config/openstack"));
        Files.writeString(second.resolve("clouds.yaml"), CLOUDS);

        AuthConfig c = resolve(Map.of("cloud", "emu"), Map.of(), Map.of());

        assertThat(c.authUrl()).hasToString("http://127.0.0.1:5000/identity/v3");
        assertThat(c.username()).isEqualTo("demo");
        assertThat(c.password().reveal()).isEqualTo("s3cret-from-yaml");
        assertThat(c.projectName()).isEqualTo("demo");
        assertThat(c.userDomainName()).isEqualTo("Default");
        assertThat(c.region()).isEqualTo("RegionOne");
        assertThat(c.interfaceName()).isEqualTo("public");
        assertThat(c.source()).contains("cloud \"emu\"").contains(second.resolve("clouds.yaml").toString());
        assertThat(c.toString()).doesNotContain("s3cret-from-yaml");
    }

    @Test
    void osCloudAndOsClientConfigFileSelectTheCloudAndFileWhenCloudJsonNamesNone() throws IOException {
        Path file = Files.writeString(dir.resolve("elsewhere.yaml"), CLOUDS);

        AuthConfig c = resolve(Map.of(), Map.of(), Map.of("OS_CLOUD", "other", "OS_CLIENT_CONFIG_FILE", file.toString()));

        assertThat(c.applicationCredential()).isTrue();
        assertThat(c.applicationCredentialId()).isEqualTo("app1");
        assertThat(c.applicationCredentialSecret().reveal()).isEqualTo("appsecret");
    }

    @Test
    void secureYamlBesideCloudsYamlAddsThePassword() throws IOException {
        Files.writeString(dir.resolve("clouds.yaml"), CLOUDS.replace("password: s3cret-from-yaml", "password: placeholder"));
        Files.writeString(dir.resolve("secure.yaml"), "clouds:\n  emu:\n    auth:\n      password: from-secure\n");

        AuthConfig c = resolve(Map.of("cloud", "emu"), Map.of(), Map.of("OS_CLIENT_CONFIG_FILE", dir.resolve("clouds.yaml").toString()));

        assertThat(c.password().reveal()).isEqualTo("from-secure");
    }

    @Test
    void withoutACloudTheOsVariablesAreReadAndSecurityJsonFieldsGoOverThem() {
        Map<String, String> env = Map.of("OS_AUTH_URL", "http://keystone.example:5000", "OS_USERNAME", "alice",
                "OS_PASSWORD", "envpass", "OS_TENANT_NAME", "legacy", "OS_REGION_NAME", "RegionTwo",
                "OS_USER_DOMAIN_NAME", "corp");

        AuthConfig c = resolve(Map.of(), Map.of("password", "jsonpass"), env);

        assertThat(c.username()).isEqualTo("alice");
        assertThat(c.password().reveal()).isEqualTo("jsonpass");
        assertThat(c.projectName()).isEqualTo("legacy");
        assertThat(c.region()).isEqualTo("RegionTwo");
        assertThat(c.userDomainName()).isEqualTo("corp");
        assertThat(c.projectDomainId()).as("an unset project domain is the default one, as the openstack CLI assumes")
                .isEqualTo("default");
        assertThat(c.source()).contains("OS_*").contains("security.json");
    }

    @Test
    void securityJsonAloneIsEnough() {
        AuthConfig c = resolve(Map.of(), Map.of("auth_url", "https://keystone.example/v3", "username", "u",
                "password", "p", "project_id", "0123"), Map.of());

        assertThat(c.projectId()).isEqualTo("0123");
        assertThat(c.userDomainId()).isEqualTo("default");
        assertThat(c.source()).isEqualTo("security.json");
    }

    @Test
    void anExplicitAuthUrlStandsAloneWhateverTheEnvironmentsCloudOrOpenrcSay() throws IOException {
        Path file = Files.writeString(dir.resolve("elsewhere.yaml"), CLOUDS);
        Map<String, String> env = Map.of("OS_CLOUD", "other", "OS_CLIENT_CONFIG_FILE", file.toString(),
                "OS_AUTH_URL", "http://openrc.example/v3", "OS_PROJECT_NAME", "openrc-project");

        AuthConfig c = resolve(Map.of("auth_url", "http://127.0.0.1:9/identity/v3"), Map.of("username", "demo",
                "password", "pw", "project_name", "demo"), env);

        assertThat(c.applicationCredential()).as("the environment's cloud logs in with an application credential").isFalse();
        assertThat(c.projectName()).isEqualTo("demo");
        assertThat(c.authUrl()).hasToString("http://127.0.0.1:9/identity/v3");
        assertThat(c.source()).isEqualTo("security.json");
    }

    @Test
    void rackspaceTakesItsRegionsKeystoneAndDomainAndTheApiKeyAsPassword() {
        AuthConfig c = TestSettings.resolve(Preset.RACKSPACE, Map.of("region_name", "SJC3"),
                Map.of("username", "rackuser", "api_key", "KEY123", "project_name", "123456"), Map.of(), List.of(dir));

        assertThat(c.authUrl()).hasToString("https://keystone.api.sjc3.rackspacecloud.com/v3");
        assertThat(c.userDomainName()).isEqualTo("rackspace_cloud_domain");
        assertThat(c.password().reveal()).isEqualTo("KEY123");
    }

    @Test
    void rackspacesClassicV2IdentityIsRefusedBeforeAnyRequestPointingToFlexAndTheApiKey() {
        assertThatThrownBy(() -> TestSettings.resolve(Preset.RACKSPACE,
                Map.of("auth_url", "https://identity.api.rackspacecloud.com/v2.0/"),
                Map.of("username", "rackuser", "api_key", "KEY123", "project_name", "123456"), Map.of(), List.of(dir)))
                .isInstanceOf(CloudmakerException.class)
                .hasMessageContaining("is Keystone v2.0").hasMessageContaining("\"type\": \"rackspace\" without auth_url")
                .hasMessageContaining("api_key").hasMessageNotContaining("KEY123");
    }

    @Test
    void aMissingCloudNamesTheFileTheCloudsItHasAndTheFix() throws IOException {
        Files.writeString(dir.resolve("clouds.yaml"), CLOUDS);

        assertThatThrownBy(() -> resolve(Map.of("cloud", "prod"), Map.of(), Map.of()))
                .isInstanceOf(CloudmakerException.class)
                .hasMessageContaining(dir.resolve("clouds.yaml").toString())
                .hasMessageContaining("no cloud \"prod\"").hasMessageContaining("emu, other")
                .hasMessageContaining("OS_CLOUD");
    }

    @Test
    void brokenYamlSaysWhereWithoutQuotingTheFile() throws IOException {
        Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n  emu:\n    auth: {password: hunter2\n");

        assertThatThrownBy(() -> resolve(Map.of("cloud", "emu"), Map.of(), Map.of()))
                .hasMessageContaining(dir.resolve("clouds.yaml") + " is not valid YAML at line")
                .message().doesNotContain("hunter2");
    }

    @Test
    void nothingConfiguredSaysTheThreeWaysToConfigure() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), Map.of()))
                .hasMessageContaining("has no auth_url").hasMessageContaining("clouds.yaml")
                .hasMessageContaining("OS_AUTH_URL").hasMessageContaining("security.json");
    }

    @Test
    void aPasswordWithoutAProjectIsRefusedWithTheFixAndWithoutThePassword() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("auth_url", "https://k.example/v3", "username", "u",
                "password", "topsecret"), Map.of()))
                .hasMessageContaining("no project_name or project_id").message().doesNotContain("topsecret");
    }

    @Test
    void anApplicationCredentialNeedsItsSecret() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("auth_url", "https://k.example/v3",
                "application_credential_id", "abc"), Map.of()))
                .hasMessageContaining("application_credential_secret");
    }

    private AuthConfig resolve(Map<String, String> settings, Map<String, String> credentials, Map<String, String> env) {
        Map<String, String> withHome = new HashMap<>(env);
        withHome.putIfAbsent("HOME", dir.resolve("home").toString());
        return TestSettings.resolve(Preset.OPENSTACK, settings, credentials, withHome,
                CloudsYaml.searchPath(dir, dir.resolve("home")).subList(0, 2));
    }
}
