package dev.cloudmaker.emulator.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DigitalOcean's latency preset, with each call classed as the wire classes it. */
class DigitalOceanLatencyTest {

    @Test
    void sameSeedSameDelays() {
        assertThat(draws(DigitalOceanLatency.model(11))).isEqualTo(draws(DigitalOceanLatency.model(11)))
                .isNotEqualTo(draws(DigitalOceanLatency.model(12)));
    }

    @Test
    void bootsDoNotDependOnTheCallsBetweenThem() {
        LatencyModel quiet = DigitalOceanLatency.model(21);
        LatencyModel busy = DigitalOceanLatency.model(21);
        for (int i = 0; i < 10; i++) {
            response(busy, "GET", "droplets", true, 5_000);
            assertThat(busy.bootDelay()).isEqualTo(quiet.bootDelay());
        }
    }

    @Test
    void eachKindOfCallStaysInItsRange() {
        LatencyModel model = DigitalOceanLatency.model(3);
        for (int i = 0; i < 500; i++) {
            assertThat(response(model, "POST", "droplets", false, 2_000).toMillis()).isBetween(300L, 600L);
            assertThat(response(model, "POST", "records", false, 200).toMillis()).isBetween(120L, 180L);
            assertThat(response(model, "DELETE", "records", false, 0).toMillis()).isBetween(120L, 180L);
            assertThat(response(model, "POST", "keys", false, 300).toMillis()).isBetween(150L, 250L);
            assertThat(response(model, "POST", "droplet-actions", false, 300).toMillis()).isBetween(150L, 250L);
            assertThat(response(model, "DELETE", "droplets", false, 0).toMillis()).isBetween(200L, 300L);
            assertThat(response(model, "GET", "droplets", false, 1_500).toMillis()).isBetween(60L, 100L);
            assertThat(model.bootDelay()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(55));
        }
    }

    @Test
    void listPagesTakeLongerTheBiggerTheyAre() {
        LatencyModel model = DigitalOceanLatency.model(5);
        for (int i = 0; i < 200; i++) {
            long empty = response(model, "GET", "droplets", true, 100).toMillis();
            long full = response(model, "GET", "droplets", true, 200 * 1024).toMillis();
            assertThat(empty).isBetween(80L, 120L);
            assertThat(full).isBetween(180L, 220L); // 80-120 ms + 100 ms for 200 KiB
        }
    }

    /** As the pipeline times an answer: a list page by its size, anything else by the wire's class of the call. */
    private static Duration response(LatencyModel model, String method, String endpoint, boolean list, int bytes) {
        return model.response(list ? OperationClass.LIST : DigitalOceanWire.classOf(method, endpoint), bytes);
    }

    private static List<Long> draws(LatencyModel model) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(response(model, "POST", "droplets", false, 0).toMillis());
            out.add(model.bootDelay().toMillis());
        }
        return out;
    }
}
