package dev.cloudmaker.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.model.Definition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionFixtureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void withoutAProviderItIsTheSeedFormat() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.in(dir).server(FixtureServer.of("web1", "web1.acme.com")).write();
        assertThat(JSON.readTree(fixture.cloudJson().toFile()).has("web1")).isTrue();
        assertThat(JSON.readTree(fixture.securityJson().toFile()).path("digital_ocean_api_key").asText())
                .isEqualTo(fixture.token());
    }

    @Test
    void aProviderOfAnotherTypeIsDeclaredWithItsCredentialsSection() throws Exception {
        ServerSlugs slugs = new ServerSlugs("us-east-1", "t3.micro", "t3.nano", "ami-debian-12");
        DefinitionFixture fixture = DefinitionFixture.in(dir)
                .provider("aws", java.util.Map.of("access_key_id", "AKIA", "secret_access_key", "s")).namespace("camp").server(FixtureServer.of(slugs, "web1", "web1.acme.com")).write();

        Definition definition = DefinitionLoader.load(fixture.cloudJson());
        assertThat(definition.providers()).containsOnlyKeys("aws");
        assertThat(definition.providers().get("aws").type()).isEqualTo("aws");
        assertThat(fixture.namespace()).isEqualTo("camp");
        var security = JSON.readTree(fixture.securityJson().toFile());
        assertThat(security.path("providers").path("aws").path("access_key_id").asText()).isEqualTo("AKIA");
        assertThat(security.has("digital_ocean_api_key")).isFalse();
        assertThat(security.path("public_ssh_key").asText()).isEqualTo(fixture.publicKeyLine());
    }

    @Test
    void aProviderWithSettingsIsDeclaredUnderProvidersNamedLikeItsType() throws Exception {
        ServerSlugs slugs = new ServerSlugs("emu-1", "g1.small", "g1.nano", "debian-12");
        DefinitionFixture fixture = DefinitionFixture.in(dir).provider("triton", java.util.Map.of("key_id", "aa:bb"))
                .providerSettings(java.util.Map.of("account", "alice")).server(FixtureServer.of(slugs, "web1")).write();

        Definition definition = DefinitionLoader.load(fixture.cloudJson());
        assertThat(definition.providers()).containsOnlyKeys("triton");
        assertThat(definition.providers().get("triton").type()).isEqualTo("triton");
        assertThat(definition.providers().get("triton").settings()).containsEntry("account", "alice");
        assertThat(JSON.readTree(fixture.securityJson().toFile()).path("providers").path("triton").path("key_id").asText())
                .isEqualTo("aa:bb");
    }
}
