package dev.cloudmaker.emulator.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The emulator answers with the model's delays and boots droplets within the model's spread. */
class LatencyModelIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final DigitalOceanEmulator emu = DigitalOceanEmulator.builder().port(0).clock(clock).seed(7)
            .latencyModel(DigitalOceanLatency.model(7)).rateLimitPerMinute(0).start();
    private final TestApi api = new TestApi(emu);

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void answersTakeTheModelsTimeAndDropletsBootWithinItsSpread() throws Exception {
        long started = System.nanoTime();
        var created = api.post("/v2/droplets", """
                {"names":["a-1","a-2","a-3"],"region":"fra1","size":"s-1vcpu-1gb","image":"debian-12-x64"}""");
        assertThat(created.statusCode()).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        started = System.nanoTime();
        assertThat(api.get("/v2/droplets?per_page=200").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(80));

        clock.advance(Duration.ofMillis(24_999));
        assertThat(emu.droplets()).extracting(EmuDroplet::status).containsOnly("new");
        clock.advance(Duration.ofSeconds(30));
        assertThat(emu.droplets()).extracting(EmuDroplet::status).containsOnly("active");
    }
}
