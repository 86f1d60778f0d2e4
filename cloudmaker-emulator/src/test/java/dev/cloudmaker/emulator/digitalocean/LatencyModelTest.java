package dev.cloudmaker.emulator.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyModelTest {

    @Test
    void sameSeedSameDelays() {
        assertThat(draws(LatencyModel.digitalOcean(11))).isEqualTo(draws(LatencyModel.digitalOcean(11)))
                .isNotEqualTo(draws(LatencyModel.digitalOcean(12)));
    }

    @Test
    void bootsDoNotDependOnTheCallsBetweenThem() {
        LatencyModel quiet = LatencyModel.digitalOcean(21);
        LatencyModel busy = LatencyModel.digitalOcean(21);
        for (int i = 0; i < 10; i++) {
            busy.response("GET", "droplets", true, 5_000);
            assertThat(busy.bootDelay()).isEqualTo(quiet.bootDelay());
        }
    }

    @Test
    void eachKindOfCallStaysInItsRange() {
        LatencyModel model = LatencyModel.digitalOcean(3);
        for (int i = 0; i < 500; i++) {
            assertThat(model.response("POST", "droplets", false, 2_000).toMillis()).isBetween(300L, 600L);
            assertThat(model.response("POST", "records", false, 200).toMillis()).isBetween(120L, 180L);
            assertThat(model.response("DELETE", "records", false, 0).toMillis()).isBetween(120L, 180L);
            assertThat(model.response("POST", "keys", false, 300).toMillis()).isBetween(150L, 250L);
            assertThat(model.response("DELETE", "droplets", false, 0).toMillis()).isBetween(200L, 300L);
            assertThat(model.response("GET", "droplets", false, 1_500).toMillis()).isBetween(60L, 100L);
            assertThat(model.bootDelay()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(55));
        }
    }

    @Test
    void listPagesTakeLongerTheBiggerTheyAre() {
        LatencyModel model = LatencyModel.digitalOcean(5);
        for (int i = 0; i < 200; i++) {
            long empty = model.response("GET", "droplets", true, 100).toMillis();
            long full = model.response("GET", "droplets", true, 200 * 1024).toMillis();
            assertThat(empty).isBetween(80L, 120L);
            assertThat(full).isBetween(180L, 220L); // 80-120 ms + 100 ms for 200 KiB
        }
    }

    private static List<Long> draws(LatencyModel model) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(model.response("POST", "droplets", false, 0).toMillis());
            out.add(model.bootDelay().toMillis());
        }
        return out;
    }
}
