package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.Servers;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamedProviderTest {
    @Test
    void everyServerTheServersFacetReturnsCarriesTheDefinitionsNameForTheProvider() {
        Servers servers = new NamedProvider("nyc", new FakeProvider(new FakeServers(5))).servers();

        CloudServer one = servers.create(ServerRequest.builder("web1", "r1", "small", "debian-12").namespace("shop").build());
        List<CloudServer> batch = servers.batch().orElseThrow().create(List.of(
                ServerRequest.builder("web2", "r1", "small", "debian-12").namespace("shop").build(),
                ServerRequest.builder("web3", "r1", "small", "debian-12").namespace("shop").build()));

        assertThat(one.provider()).isEqualTo("nyc");
        assertThat(batch).extracting(CloudServer::provider).containsOnly("nyc");
        assertThat(servers.list("shop")).hasSize(3).extracting(CloudServer::provider).containsOnly("nyc");
        assertThat(servers.listAll()).extracting(CloudServer::provider).containsOnly("nyc");
        assertThat(servers.get(one.id())).map(CloudServer::provider).hasValue("nyc");
        assertThat(servers.batch().orElseThrow().maxPerCall()).isEqualTo(5);
    }

    @Test
    void aProviderWithoutBatchCreateOffersNoneThroughItsName() {
        assertThat(new NamedProvider("nyc", new FakeProvider(new FakeServers(0))).servers().batch()).isEmpty();
    }
}
