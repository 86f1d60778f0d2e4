package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.DefinitionFormat;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.CommandSpec;
import dev.cloudmaker.core.model.role.ConfigManagement;
import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.model.role.UserSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheSeedReadmeExampleUnchanged() {
        Definition def = DefinitionLoader.load(TestFiles.resource("seed/cloud.json"));

        assertThat(def.format()).isEqualTo(DefinitionFormat.SEED);
        assertThat(def.providers()).containsOnlyKeys(Definition.DEFAULT_PROVIDER);
        assertThat(def.dns()).isNull();
        assertThat(def.namespace()).isEqualTo(Definition.DEFAULT_NAMESPACE);
        assertThat(def.servers()).containsExactly(
                new ServerSpec("server1", "digitalocean", "nyc3", "1gb", "debian-7-0-x64", false,
                        List.of("server1.acme.com", "acme.com"), null, false, null, List.of(), null, null),
                new ServerSpec("server2", "digitalocean", "nyc3", "1gb", "debian-7-0-x64", false,
                        List.of("server2.acme.com"), null, false, null, List.of(), null, null));
        assertThat(def.sourceMap().locate("/server1/size")).isEqualTo(new SourceLocation(4, 20));
    }

    @Test
    void loadsTheSeedInventoryWithWrittenBackInterfaces() {
        Definition def = DefinitionLoader.load(TestFiles.resource("seed/cloud_inventory_style.json"));

        assertThat(def.servers()).extracting(ServerSpec::name).containsExactly("server1", "server2");
        assertThat(def.server("server1").orElseThrow().names()).containsExactly("server1.acme.com", "acme.com");
    }

    @Test
    void mergesDefaultsIntoExtendedServersWithTheServerWinning() {
        Definition def = DefinitionLoader.load(TestFiles.resource("valid/cloud-extended.json"));

        assertThat(def.format()).isEqualTo(DefinitionFormat.EXTENDED);
        assertThat(def.namespace()).isEqualTo("shop-prod");
        assertThat(def.servers()).containsExactly(
                new ServerSpec("web1", "digitalocean", "nyc3", "s-1vcpu-1gb", "debian-12-x64", false,
                        List.of("www.shop.example.com", "shop.example.com"), true, true, null,
                        List.of("shop", "env:prod"), null, null),
                new ServerSpec("db1", "digitalocean", "nyc3", "s-2vcpu-4gb", "debian-12-x64", true, List.of(), null, true,
                        "5a4981aa-9653-4bd1-bef5-d6bff52042e4", List.of("db"), "#cloud-config\npackages: [postgresql]\n", null));
        assertThat(def.pointer("db1", "size")).isEqualTo("/servers/db1/size");
        assertThat(def.sourceMap().locate("/servers/db1/size").line()).isEqualTo(18);
    }

    @Test
    void readsRolesBootstrapAndLocalOptions() {
        Path file = TestFiles.write(dir, "cloud.json", """
                {"provider": "local",
                 "local": {"subnet": "10.213.7.0/24", "nat": false},
                 "bootstrap": {"admin_user": "ops", "ssh_port": 2222},
                 "defaults": {"region": "local", "size": "local-1gb", "image": "debian-12", "role": "web"},
                 "roles": {"web": {
                     "packages": ["nginx"],
                     "users": [{"name": "deploy", "groups": ["www-data"], "sudo": true}],
                     "files": [{"path": "/etc/motd", "content": "hi", "mode": "0640", "owner": "root:adm"}],
                     "commands": [{"run": "touch /done", "creates": "/done"}],
                     "ports": [80, "53/udp"],
                     "config_management": {"tool": "puppet", "apply": "site.pp"}}},
                 "servers": {"a": {}, "b": {"role": "db"}}}
                """);
        Definition def = DefinitionLoader.load(file);

        assertThat(def.providers()).containsOnlyKeys("local");
        assertThat(def.provider("local").settings()).containsEntry("subnet", "10.213.7.0/24").containsEntry("nat", "false");
        assertThat(def.servers()).extracting(ServerSpec::provider).containsOnly("local");
        assertThat(def.bootstrap()).isEqualTo(new BootstrapSettings(true, "ops", 2222));
        assertThat(def.servers()).extracting(ServerSpec::role).containsExactly("web", "db");
        RoleSpec web = def.roles().get("web");
        assertThat(web.packages()).containsExactly("nginx");
        assertThat(web.users()).containsExactly(new UserSpec("deploy", List.of("www-data"), List.of(), true));
        assertThat(web.files()).containsExactly(new FileSpec("/etc/motd", "hi", null, "0640", "root:adm"));
        assertThat(web.commands()).containsExactly(new CommandSpec("touch /done", "/done", null));
        assertThat(web.ports()).containsExactly(new PortSpec(80, "tcp"), new PortSpec(53, "udp"));
        assertThat(web.configManagement()).isEqualTo(new ConfigManagement("puppet", "site.pp"));
    }

    @Test
    void aRoleFileNeedsContentOrSource() {
        Path file = TestFiles.write(dir, "cloud.json", """
                {"roles": {"web": {"files": [{"path": "/etc/motd"}]}},
                 "servers": {"a": {"region": "r", "size": "s", "image": "i", "role": "web"}}}
                """);
        assertThatThrownBy(() -> DefinitionLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("/roles/web/files/0");
    }

    @Test
    void keepsServersInFileOrder() {
        StringBuilder json = new StringBuilder("{");
        List<String> names = List.of("zeta", "alpha", "mid", "beta", "omega", "a1", "z9");
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\": {\"region\": \"r\", \"size\": \"s\", \"image\": \"i\"}");
        }
        Path file = TestFiles.write(dir, "cloud.json", json.append('}').toString());

        assertThat(DefinitionLoader.load(file).servers()).extracting(ServerSpec::name).containsExactlyElementsOf(names);
    }

    @Test
    void aSeedFileMayNameAServerServersBesideOthers() {
        String server = "{\"region\": \"r\", \"size\": \"s\", \"image\": \"i\"}";
        Path file = TestFiles.write(dir, "cloud.json", "{\"servers\": " + server + ", \"web\": " + server + "}");

        Definition def = DefinitionLoader.load(file);

        assertThat(def.format()).isEqualTo(DefinitionFormat.SEED);
        assertThat(def.servers()).extracting(ServerSpec::name).containsExactly("servers", "web");
    }

    @Test
    void acceptsSchemaKeyAndTrailingDotInBothFormats() {
        Path file = TestFiles.write(dir, "cloud.json", "{\"$schema\": \"x\", \"web\": {\"region\": \"r\", \"size\": \"s\", "
                + "\"image\": \"i\", \"names\": [\"Example.COM.\"]}}");

        assertThat(DefinitionLoader.load(file).servers().get(0).names()).containsExactly("example.com");
    }

    @Test
    void reportsEveryProblemAtOnceInLineOrder() {
        Path file = TestFiles.write(dir, "cloud.json", """
                {
                  "web_1": {"region": "nyc3", "szie": "s", "image": "i"},
                  "db": {"region": 3, "size": "s", "image": "i", "names": ["*.example.com"]}
                }
                """);

        assertThatThrownBy(() -> DefinitionLoader.load(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::line).containsExactly(2, 2, 2, 3, 3));
    }

    @Test
    void formatsUnknownKeysWithTheirPlaceAndASuggestion() {
        Path file = TestFiles.write(dir, "cloud.json", "{\n  \"server1\": {\n    \"region\": \"nyc3\", \"szie\": \"1gb\", \"image\": \"i\"\n  }\n}\n");

        assertThatThrownBy(() -> DefinitionLoader.load(file))
                .hasMessageContaining("cloud.json:3:23: /server1/szie: unknown key \"szie\". Fix: did you mean \"size\"?");
    }

    @Test
    void aMissingFileIsADiagnostic() {
        assertThatThrownBy(() -> DefinitionLoader.load(dir.resolve("cloud.json")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void theSchemaOnTheClasspathIsTheOnePublishedInDocs() {
        Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/cloud.schema.json").normalize();

        assertThat(TestFiles.read(docs)).isEqualTo(new String(readResource(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] readResource() {
        try (var in = CloudSchema.class.getResourceAsStream(CloudSchema.RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
