package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorBuilder;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanLatency;

/**
 * The DigitalOcean emulator as the scale benchmarks use it: {@link DigitalOceanLatency#model}'s
 * per-call latencies and boot spread, and DigitalOcean's limits of 250 requests a minute and 5,000
 * an hour. Seeded, so a repeat meets the same delays in the same order.
 */
final class EmulatedCloud {
    static final String TOKEN = "bench-token";

    private EmulatedCloud() {
    }

    static DigitalOceanEmulator start(long seed) {
        return settings(seed).start();
    }

    static DigitalOceanEmulatorBuilder settings(long seed) {
        return DigitalOceanEmulator.builder().seed(seed).latencyModel(DigitalOceanLatency.model(seed))
                .rateLimitPerMinute(250).rateLimitPerHour(5000);
    }
}
