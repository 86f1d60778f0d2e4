package dev.cloudmaker.emulator.kit.latency;

import dev.cloudmaker.emulator.kit.OperationClass;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * How long an emulated API takes to answer, per {@link OperationClass}, and how long its servers take to boot;
 * seeded, so a run's delays replay. Each cloud's emulator holds its own preset (DigitalOcean's is
 * {@code DigitalOceanLatency}); {@link #fixed} is one delay for every answer and one boot time.
 *
 * <p>Each answer draws once from its class's range (a list page adds a time per KiB of answer); boots draw
 * from a stream of their own, so the k-th server boots as long whatever calls came before it.
 */
public final class LatencyModel {
    private final Random random;
    private final Random boots;
    private final Map<OperationClass, LatencyRange> ranges;
    private final double listMillisPerKib;
    private final LatencyRange boot;

    /**
     * @param ranges           a range for every class
     * @param listMillisPerKib added to a {@link OperationClass#LIST} answer per KiB of its body
     */
    public LatencyModel(long seed, Map<OperationClass, LatencyRange> ranges, double listMillisPerKib, LatencyRange boot) {
        for (OperationClass c : OperationClass.values()) {
            if (!ranges.containsKey(c)) {
                throw new IllegalArgumentException("the latency model has no range for " + c);
            }
        }
        this.random = new Random(seed);
        this.boots = new Random(~seed);
        this.ranges = new EnumMap<>(ranges);
        this.listMillisPerKib = listMillisPerKib;
        this.boot = boot;
    }

    /** Every answer takes {@code latency}, every boot {@code bootDelay}. */
    public static LatencyModel fixed(Duration latency, Duration bootDelay) {
        Map<OperationClass, LatencyRange> all = new EnumMap<>(OperationClass.class);
        for (OperationClass c : OperationClass.values()) {
            all.put(c, LatencyRange.fixed(latency));
        }
        return new LatencyModel(0, all, 0, LatencyRange.fixed(bootDelay));
    }

    /** The time to answer one request of that class with a body of {@code responseBytes}. */
    public synchronized Duration response(OperationClass operationClass, int responseBytes) {
        Duration d = ranges.get(operationClass).draw(random);
        if (operationClass == OperationClass.LIST) {
            d = d.plusMillis(Math.round(listMillisPerKib * responseBytes / 1024.0));
        }
        return d;
    }

    /**
     * How long the next server takes from create to active. The boots come from a stream of their own, so
     * with one seed the k-th server created takes as long whichever client made it.
     */
    public synchronized Duration bootDelay() {
        return boot.draw(boots);
    }
}
