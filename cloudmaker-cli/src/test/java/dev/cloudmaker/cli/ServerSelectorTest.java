package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSelectorTest {
    @TempDir
    Path dir;

    private ServerSelector selector;

    @BeforeEach
    void definition() throws Exception {
        Files.writeString(dir.resolve("cloud.json"), OpsFixture.CLOUD);
        // db1, web1, web2 as the provider lists them, plus one the definition does not know
        selector = new ServerSelector("ops", List.of(server("db1"), server("web1"), server("web2"), server("legacy")),
                DefinitionLoader.load(dir.resolve("cloud.json")));
    }

    @Test
    void aServerIsNamedByItsNameOrByARoleOnlyItPlays() {
        assertThat(selector.one("web2").name()).isEqualTo("web2");
        assertThat(selector.one("db").name()).isEqualTo("db1");
        assertThat(selector.roleOf(selector.one("legacy"))).isEmpty();
    }

    @Test
    void aRoleOfSeveralServersOrAnUnknownNameSaysWhatThereIs() {
        assertThatThrownBy(() -> selector.one("web")).isInstanceOf(CloudmakerException.class)
                .hasMessage("role web has 2 servers (web1, web2): name one of them (commands that take several servers also take --role web)");
        assertThatThrownBy(() -> selector.one("mail"))
                .hasMessage("no server or role \"mail\" in namespace ops; servers: db1, web1, web2, legacy; roles: db (db1), web (web1, web2)");
    }

    @Test
    void severalAreChosenByNameRoleOrAllEachOnceInListingOrder() {
        assertThat(names(selector.select(List.of("web2", "db"), null, false))).containsExactly("db1", "web2");
        assertThat(names(selector.select(List.of("web1"), "web", false))).containsExactly("web1", "web2");
        assertThat(names(selector.select(List.of(), null, true))).containsExactly("db1", "web1", "web2", "legacy");
    }

    @Test
    void choosingNothingOrMixingAllWithNamesIsAUsageError() {
        assertThatThrownBy(() -> selector.select(List.of(), null, false)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("name the servers, or use --role ROLE or --all; servers: db1");
        assertThatThrownBy(() -> selector.select(List.of("web1"), null, true)).isInstanceOf(UsageException.class)
                .hasMessage("--all takes every server; leave out the names and --role");
        assertThatThrownBy(() -> selector.select(List.of(), "mail", false))
                .hasMessageStartingWith("no server plays role mail in namespace ops; servers:");
    }

    @Test
    void anEmptyNamespaceSaysSo() throws Exception {
        ServerSelector empty = new ServerSelector("ops", List.of(), DefinitionLoader.load(dir.resolve("cloud.json")));

        assertThatThrownBy(() -> empty.one("web1")).hasMessage("no server or role \"web1\" in namespace ops; it has no servers");
        assertThatThrownBy(() -> empty.select(List.of(), null, true)).hasMessage("namespace ops has no servers");
    }

    private static List<String> names(List<CloudServer> servers) {
        return servers.stream().map(CloudServer::name).toList();
    }

    private static CloudServer server(String name) {
        return new CloudServer("id-" + name, name, "nyc3", "s-1vcpu-1gb", "debian-12-x64", ServerStatus.ACTIVE, false, false,
                List.of("cloudmaker:ops"), "ops", false, new Networking("10.0.0.1", null, null), Instant.EPOCH, "digitalocean");
    }
}
