package dev.cloudmaker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanLatency;
import org.junit.jupiter.api.Test;

class ProvisionFloorTest {

    @Test
    void oneServerWaitsOnlyForItsBoot() {
        double boot = DigitalOceanLatency.model(1).bootDelay().toMillis() / 1000.0;
        assertThat(ProvisionFloor.seconds(DigitalOceanBench.FLOOR, 1, 1)).isCloseTo(boot + 0.30 + 0.08 + 0.12, within(0.001));
    }

    @Test
    void atFiveHundredTheRateLimitSetsTheFloor() {
        // 1,055 calls: the window lets 250 go per minute, so the last ones wait four minutes past the
        // boots; no boot outlasts 55 s, so the floor lies between 4 and 5 minutes
        assertThat(ProvisionFloor.minimalCalls(DigitalOceanBench.FLOOR, 500)).isEqualTo(1055);
        assertThat(ProvisionFloor.seconds(DigitalOceanBench.FLOOR, 500, 1)).isBetween(240.0, 300.0);
        assertThat(ProvisionFloor.seconds(DigitalOceanBench.FLOOR, 100, 1)).isLessThan(60.0); // 233 calls fit in one window
    }

    @Test
    void moreServersNeverTakeLess() {
        double previous = 0;
        for (int n : new int[] {1, 10, 100, 200, 300, 500}) {
            double floor = ProvisionFloor.seconds(DigitalOceanBench.FLOOR, n, 3);
            assertThat(floor).as("floor at %d servers", n).isGreaterThanOrEqualTo(previous);
            previous = floor;
        }
    }
}
