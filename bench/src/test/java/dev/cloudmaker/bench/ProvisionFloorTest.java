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

    @Test
    void onTritonOneServerWaitsForItsCreateBootAndTheReadThatSeesItRunning() {
        double boot = TritonBench.latency(1).bootDelay().toMillis() / 1000.0;
        assertThat(ProvisionFloor.seconds(TritonBench.FLOOR, 1, 1)).isCloseTo(0.30 + boot + 0.06, within(0.001));
        // the key, one create per machine, one ListMachines page per 1,000 machines; no zone, no records
        assertThat(ProvisionFloor.minimalCalls(TritonBench.FLOOR, 100)).isEqualTo(102);
        assertThat(ProvisionFloor.minimalCalls(TritonBench.FLOOR, 1001)).isEqualTo(1004);
    }

    @Test
    void onTritonAHundredServersWaitForTheSlowestBootNotTheRateLimit() {
        // 102 calls fit in one minute's 600; the floor is the slowest of 100 boots (at most 55 s) plus a create and a read
        double floor = ProvisionFloor.seconds(TritonBench.FLOOR, 100, 1);
        assertThat(floor).isBetween(25.0, 55.0 + 0.36 + 0.001);
        assertThat(floor).isGreaterThanOrEqualTo(ProvisionFloor.seconds(TritonBench.FLOOR, 1, 1));
    }
}
