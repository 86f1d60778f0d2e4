package dev.cloudmaker.emulator.kit.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.emulator.kit.OperationClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyModelTest {

    /** READ 10-20 ms, LIST 30-40 ms plus 1 ms a KiB, every other class 100-200 ms; boots 5-9 s. */
    private static LatencyModel model(long seed) {
        Map<OperationClass, LatencyRange> ranges = new EnumMap<>(OperationClass.class);
        for (OperationClass c : OperationClass.values()) {
            ranges.put(c, LatencyRange.millis(100, 200));
        }
        ranges.put(OperationClass.READ, LatencyRange.millis(10, 20));
        ranges.put(OperationClass.LIST, LatencyRange.millis(30, 40));
        return new LatencyModel(seed, ranges, 1.0, LatencyRange.millis(5_000, 9_000));
    }

    @Test
    void sameSeedSameDelays() {
        assertThat(draws(model(11))).isEqualTo(draws(model(11))).isNotEqualTo(draws(model(12)));
    }

    @Test
    void bootsDoNotDependOnTheCallsBetweenThem() {
        LatencyModel quiet = model(21);
        LatencyModel busy = model(21);
        for (int i = 0; i < 10; i++) {
            busy.response(OperationClass.LIST, 5_000);
            busy.response(OperationClass.CREATE, 0);
            assertThat(busy.bootDelay()).isEqualTo(quiet.bootDelay());
        }
    }

    @Test
    void eachClassDrawsFromItsRangeAndListsGrowWithTheirSize() {
        LatencyModel model = model(3);
        for (int i = 0; i < 300; i++) {
            assertThat(model.response(OperationClass.READ, 50_000).toMillis()).isBetween(10L, 20L);
            assertThat(model.response(OperationClass.DNS_WRITE, 0).toMillis()).isBetween(100L, 200L);
            assertThat(model.response(OperationClass.LIST, 100).toMillis()).isBetween(30L, 40L);
            assertThat(model.response(OperationClass.LIST, 100 * 1024).toMillis()).isBetween(130L, 140L);
            assertThat(model.bootDelay()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(9));
        }
    }

    @Test
    void aFixedModelAnswersEveryCallAlikeEvenBelowAMillisecond() {
        LatencyModel fixed = LatencyModel.fixed(Duration.ofNanos(300_000), Duration.ofSeconds(3));
        for (OperationClass c : OperationClass.values()) {
            assertThat(fixed.response(c, 200 * 1024)).isEqualTo(Duration.ofNanos(300_000));
        }
        assertThat(fixed.bootDelay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void everyClassNeedsARange() {
        assertThatThrownBy(() -> new LatencyModel(1, Map.of(OperationClass.READ, LatencyRange.millis(1, 2)), 0,
                LatencyRange.millis(1, 2))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LIST");
        assertThatThrownBy(() -> LatencyRange.millis(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> draws(LatencyModel model) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(model.response(OperationClass.CREATE, 0).toMillis());
            out.add(model.bootDelay().toMillis());
        }
        return out;
    }
}
