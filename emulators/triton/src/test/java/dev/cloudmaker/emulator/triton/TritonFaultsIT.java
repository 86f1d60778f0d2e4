package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The kit's faults and rate limits, answered in CloudAPI's shape. */
class TritonFaultsIT {
    private static final String CREATE = "{\"name\":\"n\",\"image\":\"1d05e788-5409-11eb-b12f-037bd7fee4ee\","
            + "\"package\":\"g1.nano\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void anInjectedServerErrorAnswersWithCloudApisErrorBodyAndChangesNothing() {
        try (TritonFixture f = TritonFixture.start(clock, b -> b.fault(FaultSpec.parse("503@machines:POST=1x")))) {
            HttpResponse<String> refused = f.client().post("/alice/machines", CREATE);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(SignedClient.json(refused).get("code").asText()).isEqualTo("ServiceUnavailable");
            assertThat(f.emulator().account().servers()).isEmpty();
            assertThat(f.client().post("/alice/machines", CREATE).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void aPendingEventRefusesAMachineActionAsIfAJobWereRunning() {
        try (TritonFixture f = TritonFixture.start(clock, b -> b.bootDelay(Duration.ZERO)
                .fault(FaultSpec.parse("pending-event@machine-actions=1x")))) {
            String id = SignedClient.json(f.client().post("/alice/machines", CREATE)).get("id").asText();
            HttpResponse<String> busy = f.client().post("/alice/machines/" + id, "{\"action\":\"stop\"}");
            assertThat(busy.statusCode()).isEqualTo(409);
            assertThat(SignedClient.json(busy).get("code").asText()).isEqualTo("InvalidState");
            assertThat(f.client().post("/alice/machines/" + id, "{\"action\":\"stop\"}").statusCode()).isEqualTo(202);
        }
    }

    @Test
    void aMachineCreatedUnderAStaleFaultIsHiddenForItsDuration() {
        try (TritonFixture f = TritonFixture.start(clock, b -> b.fault(FaultSpec.parse("stale-after-create:10s@machines")))) {
            String id = SignedClient.json(f.client().post("/alice/machines", CREATE)).get("id").asText();
            assertThat(f.client().get("/alice/machines/" + id).statusCode()).isEqualTo(404);
            assertThat(SignedClient.json(f.client().get("/alice/machines"))).isEmpty();
            clock.advance(Duration.ofSeconds(10));
            assertThat(f.client().get("/alice/machines/" + id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void overTheRateLimitRestifysThrottleAnswers429() {
        try (TritonFixture f = TritonFixture.start(clock, b -> b.rateLimitPerMinute(3))) {
            for (int i = 0; i < 3; i++) {
                assertThat(f.client().get("/alice").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> throttled = f.client().get("/alice");
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(SignedClient.json(throttled).get("code").asText()).isEqualTo("TooManyRequests");
            clock.advance(Duration.ofSeconds(20));
            assertThat(f.client().get("/alice").statusCode()).as("refilled").isEqualTo(200);
        }
    }

    @Test
    void aRateLimitOfZeroIsOffEvenWhenTheClockStandsStill() {
        try (TritonFixture f = TritonFixture.start(clock, b -> b.rateLimitPerMinute(0))) {
            for (int i = 0; i < 20; i++) {
                assertThat(f.client().get("/alice").statusCode()).isEqualTo(200);
            }
        }
    }
}
