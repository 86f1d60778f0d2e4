package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitIT {
    @Test
    void perMinuteLimitAnswers429WithRetryAfter() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (var emu = DigitalOceanEmulator.builder().port(0).clock(clock).rateLimitPerMinute(5).start()) {
            TestApi api = new TestApi(emu);
            for (int i = 0; i < 5; i++) {
                var ok = api.get("/v2/regions");
                assertThat(ok.statusCode()).isEqualTo(200);
                assertThat(ok.headers().firstValue("ratelimit-limit")).contains("5000");
                assertThat(ok.headers().firstValue("ratelimit-remaining")).contains(Integer.toString(4999 - i));
                assertThat(ok.headers().firstValue("ratelimit-reset")).isPresent();
                clock.advance(Duration.ofSeconds(1));
            }
            var limited = api.get("/v2/regions");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(json(limited).get("id").asText()).isEqualTo("too_many_requests");
            assertThat(limited.headers().firstValue("retry-after")).contains("55");
            assertThat(new TestApi(emu, "another-token").get("/v2/regions").statusCode()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(55));
            assertThat(api.get("/v2/regions").statusCode()).isEqualTo(200);
            assertThat(emu.stats().rateLimited()).isEqualTo(1);
            assertThat(emu.stats().byEndpoint()).containsEntry("GET regions", 8);
        }
    }
}
