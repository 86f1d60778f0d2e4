package dev.cloudmaker.emulator.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The kit's faults and rate limit, answered in each OpenStack service's own shape. */
class OpenStackFaultsIT {
    private static final String CREATE = "{\"server\":{\"name\":\"f\",\"imageRef\":\"%s\",\"flavorRef\":\"1\"}}";

    private static String image(OsTestClient api) {
        return OsTestClient.json(api.get("/image/v2/images?name=rocky-9")).at("/images/0/id").asText();
    }

    @Test
    void serverErrorsComeInTheShapeOfTheServiceThatWasAsked() {
        try (OpenStackFixture f = OpenStackFixture.start(b -> b.fault(FaultSpec.parse("503@servers:GET=1x"))
                .fault(FaultSpec.parse("503@networks=1x")).fault(FaultSpec.parse("500@zones=1x")))) {
            HttpResponse<String> nova = f.client().get("/compute/v2.1/servers");
            assertThat(nova.statusCode()).isEqualTo(503);
            assertThat(OsTestClient.json(nova).at("/serviceUnavailable/code").asInt()).isEqualTo(503);
            assertThat(nova.headers().firstValue("x-openstack-nova-api-version")).hasValue("2.1");
            HttpResponse<String> neutron = f.client().get("/networking/v2.0/networks");
            assertThat(OsTestClient.json(neutron).at("/NeutronError/message").asText()).isEqualTo("Service Unavailable");
            HttpResponse<String> designate = f.client().get("/dns/v2/zones");
            assertThat(OsTestClient.json(designate).get("code").asInt()).isEqualTo(500);
            assertThat(designate.headers().firstValue("x-openstack-request-id")).hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
            assertThat(f.client().get("/compute/v2.1/servers").statusCode()).as("1x: the next call goes through").isEqualTo(200);
        }
    }

    @Test
    void aStaleCreateIsUnlistedForAWhile() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (OpenStackFixture f = OpenStackFixture.start(b -> b.clock(clock)
                .fault(FaultSpec.parse("stale-after-create:10s@servers:POST=1x")))) {
            OsTestClient api = f.client();
            String id = OsTestClient.json(api.post("/compute/v2.1/servers", CREATE.formatted(image(api)))).at("/server/id").asText();
            assertThat(api.get("/compute/v2.1/servers/" + id).statusCode()).isEqualTo(404);
            assertThat(OsTestClient.json(api.get("/compute/v2.1/servers")).get("servers")).isEmpty();
            clock.advance(Duration.ofSeconds(10));
            assertThat(api.get("/compute/v2.1/servers/" + id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void overTheRateLimitIs429WithRetryAfter() {
        try (OpenStackFixture f = OpenStackFixture.start(b -> b.rateLimitPerMinute(3))) {
            int throttled = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = f.client().get("/compute/v2.1/flavors");
                throttled += last.statusCode() == 429 ? 1 : 0;
            }
            assertThat(throttled).isPositive();
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("retry-after")).hasValue("1");
            assertThat(OsTestClient.json(last).at("/overLimit/code").asInt()).isEqualTo(429);
        }
    }
}
