package dev.cloudmaker.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.config.TestProviderTypes;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.ServerStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's inventory: cloud.json's order of servers and of names, and ids as the API types them. */
class InventoryTest {
    private static final String CLOUD = """
            {
                "zeta":  { "region": "nyc3", "size": "s", "image": "i", "names": ["zeta.acme.com", "acme.com", "www.acme.com"] },
                "alpha": { "region": "nyc3", "size": "s", "image": "i", "names": ["alpha.acme.com"] }
            }
            """;
    private static final Map<String, List<DnsRecord>> RECORDS = Map.of("acme.com", List.of(
            new DnsRecord("1", "A", "@", "203.0.113.1", 1800),
            new DnsRecord("2", "A", "www", "203.0.113.1", 1800),
            new DnsRecord("3", "AAAA", "zeta", "2001:db8::1", 1800),
            new DnsRecord("4", "A", "zeta", "203.0.113.1", 1800),
            new DnsRecord("5", "A", "old", "203.0.113.1", 1800),
            new DnsRecord("6", "A", "alpha", "203.0.113.2", 1800)));

    @TempDir
    Path dir;

    @Test
    void serversAndTheirNamesKeepCloudJsonsOrderAndUndeclaredOnesFollow() throws Exception {
        Definition def = TestProviderTypes.load(Files.writeString(dir.resolve("cloud.json"), CLOUD));
        List<CloudServer> listed = new ArrayList<>(List.of(server("30", "beta", "203.0.113.3", null), server("20", "alpha", "203.0.113.2", null),
                server("10", "zeta", "203.0.113.1", "2001:db8::1")));

        Inventory inventory = Inventory.of(listed, RECORDS, def.servers(), provider -> true);

        assertThat(inventory.entries()).extracting(InventoryEntry::name).containsExactly("zeta", "alpha", "beta");
        assertThat(inventory.entries().getFirst().names()).containsExactly("zeta.acme.com", "acme.com", "www.acme.com", "old.acme.com");
        JsonNode written = Json.MAPPER.readTree(inventory.json());
        assertThat(written.properties()).extracting(Map.Entry::getKey).containsExactly("zeta", "alpha", "beta");
        assertThat(written.path("zeta").path("names")).extracting(JsonNode::asText)
                .containsExactly("zeta.acme.com", "acme.com", "www.acme.com", "old.acme.com");
    }

    @Test
    void anIdIsANumberWhereTheApiGivesNumbersAndTextElsewhere() throws Exception {
        List<CloudServer> listed = List.of(server("4711", "web", "203.0.113.1", null).onProvider("nyc"),
                server("m-4711", "ci", "203.0.113.2", null).onProvider("home"));

        JsonNode written = Json.MAPPER.readTree(Inventory.of(listed, Map.of(), List.of(), "nyc"::equals).json());

        assertThat(written.path("web").path("id").isNumber()).isTrue();
        assertThat(written.path("web").path("id").asLong()).isEqualTo(4711L);
        assertThat(written.path("ci").path("id").isTextual()).isTrue();
        assertThat(written.path("ci").path("id").asText()).isEqualTo("m-4711");
    }

    @Test
    void serversOfOneNameInAnAccountAreAllKeptKeyedByTheirIds() throws Exception {
        List<CloudServer> listed = List.of(server("2", "web", "203.0.113.2", null), server("1", "web", "203.0.113.1", null),
                server("3", "db", "203.0.113.3", null));

        JsonNode written = Json.MAPPER.readTree(Inventory.of(listed, Map.of(), List.of(), p -> true).json());

        assertThat(written.properties()).extracting(Map.Entry::getKey).containsExactly("db", "web#1", "web#2");
    }

    private static CloudServer server(String id, String name, String ipv4, String ipv6) {
        return new CloudServer(id, name, "nyc3", "s", "i", ServerStatus.ACTIVE, false, false, List.of(), null, false,
                new Networking(ipv4, ipv6, null), Instant.EPOCH, "digitalocean");
    }
}
