package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.kit.latency.LatencyRange.millis;

import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.util.Map;

/**
 * A latency model of the real DigitalOcean API as seen from a client in Europe or the US, for
 * {@link DigitalOceanEmulatorBuilder#latencyModel}. DigitalOcean publishes no latency figures (the design notes
 * have none), so every number here is an estimate from typical observations, not a measurement:
 * <ul>
 *   <li>a read of one resource: 60-100 ms;</li>
 *   <li>a list page: 80-120 ms plus 0.5 ms per KiB of answer (a page of 200 droplets, about 200 KiB,
 *       takes about 200 ms);</li>
 *   <li>a droplet create: 300-600 ms (it schedules a hypervisor slot), deletes 200-300 ms;</li>
 *   <li>a DNS record write: 120-180 ms; other writes (keys, domains, tags, actions) 150-250 ms;</li>
 *   <li>boot, from create to {@code active}: 25-55 s.</li>
 * </ul>
 * Which call is which kind is {@link DigitalOceanWire#classOf}.
 */
public final class DigitalOceanLatency {
    private DigitalOceanLatency() {
    }

    /** DigitalOcean as estimated above, seeded. */
    public static LatencyModel model(long seed) {
        return new LatencyModel(seed, Map.of(
                OperationClass.READ, millis(60, 100),
                OperationClass.LIST, millis(80, 120),
                OperationClass.CREATE, millis(300, 600),
                OperationClass.ACTION, millis(150, 250),
                OperationClass.DELETE, millis(200, 300),
                OperationClass.DNS_WRITE, millis(120, 180),
                OperationClass.WRITE, millis(150, 250)), 0.5, millis(25_000, 55_000));
    }
}
