package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.config.ProviderChecks;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.spi.ProviderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Triton holds no DNS records: names with no other DNS provider fail the check, which explains Triton CNS. */
class TritonDnsPlanningTest {
    private static final List<ProviderFactory> INSTALLED = List.of(new TritonProviderFactory());

    @TempDir
    Path dir;

    @Test
    void namesOnTritonWithNoDnsProviderFailAndExplainCns() throws Exception {
        Path cloudJson = write("""
                {
                  "namespace": "shop",
                  "providers": { "dc1": { "type": "triton", "url": "https://us-central-1.api.mnx.io", "account": "alice" } },
                  "servers": {
                    "web1": { "region": "us-central-1", "size": "g1.nano", "image": "debian-12", "names": ["www.example.com"] }
                  }
                }
                """);

        assertThatThrownBy(() -> ProviderChecks.resolve(DefinitionLoader.load(cloudJson), INSTALLED))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("server \"web1\" has DNS names, but no provider of this definition holds DNS records")
                .hasMessageContaining("Triton CNS")
                .hasMessageContaining("triton.cns.services")
                .hasMessageContaining("\"options\": {\"cns_services\": \"<service>\"}");
    }

    @Test
    void cnsServicesIsATritonServerOptionAndAMisspeltOneIsRefusedWithTheRightName() throws Exception {
        Path cloudJson = write("""
                {
                  "providers": { "dc1": { "type": "triton", "url": "https://us-central-1.api.mnx.io", "account": "alice" } },
                  "servers": {
                    "web1": { "region": "us-central-1", "size": "g1.nano", "image": "debian-12", "options": { "cns_services": "web:80" } },
                    "web2": { "region": "us-central-1", "size": "g1.nano", "image": "debian-12", "options": { "cns_service": "web" } }
                  }
                }
                """);

        assertThatThrownBy(() -> ProviderChecks.resolve(DefinitionLoader.load(cloudJson), INSTALLED))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("/servers/web2/options/cns_service")
                .hasMessageContaining("provider type triton has no server option \"cns_service\"")
                .hasMessageContaining("did you mean \"cns_services\"?")
                .hasMessageNotContaining("/servers/web1");

        Files.writeString(cloudJson, Files.readString(cloudJson).replace("\"cns_service\"", "\"cns_services\""));
        Definition def = ProviderChecks.resolve(DefinitionLoader.load(cloudJson), INSTALLED);
        assertThat(def.server("web1").orElseThrow().options()).containsExactly(java.util.Map.entry("cns_services", "web:80"));
    }

    @Test
    void serversWithoutNamesNeedNoDnsProvider() throws Exception {
        Path cloudJson = write("""
                {
                  "providers": { "dc1": { "type": "triton", "url": "https://us-central-1.api.mnx.io", "account": "alice" } },
                  "servers": { "web1": { "region": "us-central-1", "size": "g1.nano", "image": "debian-12" } }
                }
                """);

        Definition def = ProviderChecks.resolve(DefinitionLoader.load(cloudJson), INSTALLED);

        assertThat(def.dns()).isNull();
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("cloud.json");
        Files.writeString(file, json);
        return file;
    }
}
