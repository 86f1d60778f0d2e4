package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Nova's server body (microversion 2.52) read as cloudmaker's server. */
class ServerMapperTest {
    private static final String SERVER = """
            {"id":"5f2c3d0e-0000-4000-8000-000000000001","name":"web1","status":"ACTIVE","created":"2026-12-04T10:00:00Z",
             "tags":["cloudmaker:prod","team-a"],"metadata":{"cloudmaker_image":"Ubuntu 24.04"},
             "image":{"id":"11111111-2222-3333-4444-555555555555"},
             "flavor":{"original_name":"m1.small","vcpus":1,"ram":2048,"disk":20},
             "OS-EXT-STS:task_state":null,
             "addresses":{"private":[{"addr":"10.0.0.5","version":4,"OS-EXT-IPS:type":"fixed"},
                                     {"addr":"203.0.113.7","version":4,"OS-EXT-IPS:type":"floating"}],
                          "public":[{"addr":"2001:db8::5","version":6,"OS-EXT-IPS:type":"fixed"}]},
             "accessIPv4":"","accessIPv6":""}
            """;

    @Test
    void theNamespaceSizeImageAndAddressesAreReadAsCloudmakerMeansThem() {
        CloudServer s = ServerMapper.toServer(ServiceCatalogTest.read(SERVER), "RegionOne", "private", null);

        assertThat(s.namespace()).isEqualTo("prod");
        assertThat(s.tags()).containsExactly("cloudmaker:prod", "team-a");
        assertThat(s.size()).isEqualTo("m1.small");
        assertThat(s.image()).as("the image as asked, not Glance's id").isEqualTo("Ubuntu 24.04");
        assertThat(s.diskGb()).isEqualTo(20);
        assertThat(s.region()).isEqualTo("RegionOne");
        assertThat(s.status()).isEqualTo(ServerStatus.ACTIVE);
        assertThat(s.locked()).isFalse();
        assertThat(s.createdAt()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(s.networking().publicIpv4()).as("the floating address").isEqualTo("203.0.113.7");
        assertThat(s.networking().privateIpv4()).isEqualTo("10.0.0.5");
        assertThat(s.networking().publicIpv6()).isEqualTo("2001:db8::5");
        assertThat(s.ready()).isTrue();
    }

    @Test
    void withoutAFloatingAddressTheServersPublicNetworkGivesTheAddressEvenInTestNet() {
        String body = """
                {"id":"x","name":"a","status":"ACTIVE","tags":[],"metadata":{},"flavor":{"original_name":"f"},
                 "addresses":{"public":[{"addr":"192.0.2.10","version":4,"OS-EXT-IPS:type":"fixed"}],
                              "lan":[{"addr":"172.16.0.4","version":4,"OS-EXT-IPS:type":"fixed"}]}}""";

        CloudServer s = ServerMapper.toServer(ServiceCatalogTest.read(body), "R", "public", null);

        assertThat(s.networking().publicIpv4()).isEqualTo("192.0.2.10");
        assertThat(s.networking().privateIpv4()).isEqualTo("172.16.0.4");
        assertThat(s.namespace()).isNull();
    }

    @Test
    void accessIpv4WinsOverAFixedAddress() {
        String body = """
                {"id":"x","name":"a","status":"ACTIVE","accessIPv4":"198.51.100.9","flavor":{},
                 "addresses":{"net":[{"addr":"10.1.1.1","version":4,"OS-EXT-IPS:type":"fixed"}]}}""";

        assertThat(ServerMapper.toServer(ServiceCatalogTest.read(body), "R", null, null).networking().publicIpv4())
                .isEqualTo("198.51.100.9");
    }

    @ParameterizedTest
    @CsvSource({
            "BUILD, , NEW, true",
            "ACTIVE, , ACTIVE, false",
            "ACTIVE, image_snapshot, ACTIVE, true",
            "REBOOT, rebooting, ACTIVE, true",
            "VERIFY_RESIZE, , ACTIVE, false",
            "RESIZE, resize_migrating, ACTIVE, true",
            "SHUTOFF, , OFF, false",
            "SHUTOFF, powering-on, OFF, true",
            "SHELVED_OFFLOADED, , ARCHIVED, false",
            "ERROR, , FAILED, false"})
    void novaStatusesAndTasks(String status, String task, ServerStatus expected, boolean locked) {
        String body = "{\"id\":\"x\",\"name\":\"a\",\"status\":\"" + status + "\",\"OS-EXT-STS:task_state\":"
                + (task == null ? "null" : "\"" + task + "\"") + ",\"flavor\":{},\"addresses\":{}}";

        CloudServer s = ServerMapper.toServer(ServiceCatalogTest.read(body), "R", null, null);

        assertThat(s.status()).isEqualTo(expected);
        assertThat(s.locked()).isEqualTo(locked);
    }

    @Test
    void aServerInErrorFailsItsWaitWithNovasFault() {
        String body = """
                {"id":"abc","name":"db1","status":"ERROR","fault":{"code":500,"message":"No valid host was found."}}""";

        Optional<String> failure = NovaWaits.failure(ServiceCatalogTest.read(body));

        assertThat(failure).hasValueSatisfying(m -> assertThat(m).contains("db1").contains("abc")
                .contains("No valid host was found."));
        assertThat(NovaWaits.failure(ServiceCatalogTest.read("{\"status\":\"BUILD\"}"))).isEmpty();
        assertThat(ServerMapper.toServer(ServiceCatalogTest.read(body), "R", null, null).failure())
                .as("the engine's own waits (creates) end with Nova's word too")
                .hasValueSatisfying(m -> assertThat(m).contains("db1").contains("No valid host was found."));
    }
}
