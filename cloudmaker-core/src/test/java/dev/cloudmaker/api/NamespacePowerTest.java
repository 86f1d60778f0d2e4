package dev.cloudmaker.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.engine.MemoryDns;
import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.engine.ReaddressingProvider;
import dev.cloudmaker.core.engine.ReaddressingServers;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's power-on, on a cloud that gives a started server a new address (as EC2 does): a namespace opened from
 * a definition moves the server's declared names after a start or a resize, a reboot and a namespace without a
 * definition leave them.
 */
class NamespacePowerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final ReaddressingServers servers = new ReaddressingServers();
    private final MemoryDns dns = new MemoryDns();
    private Cloud cloud;
    private Definition definition;
    private CloudServer web1;

    @BeforeEach
    void provisioned() throws Exception {
        Path cloudJson = Files.writeString(dir.resolve("cloud.json"), """
                {
                  "namespace": "shop",
                  "providers": { "aws": { "type": "aws" } },
                  "dns": "aws",
                  "defaults": { "provider": "aws", "region": "r1", "size": "t3.micro", "image": "debian-12" },
                  "servers": { "web1": { "names": ["www.example.com"] }, "db1": {} }
                }
                """);
        definition = DefinitionLoader.load(cloudJson);
        cloud = Cloud.of(Providers.of(Map.of("aws", new ReaddressingProvider(servers, dns, false)), "aws"));
        web1 = servers.create(ServerRequest.builder("web1", "r1", "t3.micro", "debian-12").namespace("shop").build());
        servers.create(ServerRequest.builder("db1", "r1", "t3.micro", "debian-12").namespace("shop").build());
        dns.createDomain("example.com");
        dns.createRecord("example.com", new RecordSpec("A", "www", web1.networking().publicIpv4(), 300));
    }

    private String address() {
        return servers.get(web1.id()).orElseThrow().networking().publicIpv4();
    }

    private List<String> recordData() {
        return dns.records("example.com").stream().map(DnsRecord::data).toList();
    }

    @Test
    void aStartMovesTheDeclaredNameToTheNewAddress() {
        Namespace shop = cloud.namespace(definition);
        String before = address();
        shop.power(web1, PowerAction.STOP, TIMEOUT);
        CloudServer off = shop.waitUntil(web1, ServerStatus.OFF, TIMEOUT);

        assertThat(shop.namesFollow(off)).isTrue();
        List<String> moved = shop.power(off, PowerAction.START, TIMEOUT);

        assertThat(address()).isNotEqualTo(before);
        assertThat(moved).containsExactly("A www.example.com " + before + " → " + address());
        assertThat(recordData()).containsExactly(address());
    }

    @Test
    void aResizeStartsTheServerAgainAndTheNameFollows() {
        Namespace shop = cloud.namespace(definition);
        String before = address();

        List<String> moved = shop.resize(shop.require("web1"), "t3.small", TIMEOUT);

        assertThat(servers.get(web1.id()).orElseThrow().status()).isEqualTo(ServerStatus.ACTIVE);
        assertThat(address()).isNotEqualTo(before);
        assertThat(moved).containsExactly("A www.example.com " + before + " → " + address());
        assertThat(recordData()).containsExactly(address());
    }

    @Test
    void aRebootKeepsTheAddressAndTouchesNoRecord() {
        Namespace shop = cloud.namespace(definition);
        String before = address();

        assertThat(shop.power(web1, PowerAction.REBOOT, TIMEOUT)).isEmpty();

        assertThat(address()).isEqualTo(before);
        assertThat(recordData()).containsExactly(before);
    }

    @Test
    void aNamespaceOpenedWithoutADefinitionKnowsNoNamesAndMovesNone() {
        Namespace shop = cloud.namespace("shop");
        String before = address();
        shop.power(web1, PowerAction.STOP, TIMEOUT);

        assertThat(shop.power(web1, PowerAction.START, TIMEOUT)).isEmpty();

        assertThat(shop.namesFollow(web1)).isFalse();
        assertThat(recordData()).containsExactly(before);
    }
}
