package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanLatency;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;

/**
 * DigitalOcean, the default cloud: the emulator with {@link DigitalOceanLatency#model}'s per-call latencies and
 * boot spread and DigitalOcean's limits of 250 requests a minute and 5,000 an hour; seeded, so a repeat meets
 * the same delays in the same order. Its floor: 250 a minute, 10 servers per create, 200 per list page.
 */
final class DigitalOceanBench implements BenchCloud {
    static final String TYPE = "digitalocean";
    static final String TOKEN = "bench-token";
    static final FloorModel FLOOR = new FloorModel(250, 10, 200, 0.30, 0.08, 0.12, DigitalOceanLatency::model, 2);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public FloorModel floor() {
        return FLOOR;
    }

    /** The emulator as the benchmarks (Ansible's too) run it. */
    static DigitalOceanEmulator emulator(long seed, boolean recordExchanges) {
        return DigitalOceanEmulator.builder().seed(seed).latencyModel(DigitalOceanLatency.model(seed))
                .rateLimitPerMinute(250).rateLimitPerHour(5000).recordExchanges(recordExchanges).start();
    }

    @Override
    public BenchEmulator start(long seed, boolean recordExchanges) {
        return new DigitalOceanBenchEmulator(emulator(seed, recordExchanges));
    }

    @Override
    public boolean dnsNames() {
        return true;
    }

    @Override
    public String serverFields() {
        return "\"region\": \"nyc3\", \"size\": \"s-1vcpu-1gb\", \"image\": \"debian-12-x64\"";
    }

    /** The seed format: the servers object alone, DigitalOcean implied. */
    @Override
    public String cloudJson() {
        return "%s";
    }

    @Override
    public String securityJson(String publicKeyLine) {
        return "{\"digital_ocean_api_key\": \"" + TOKEN + "\", \"public_ssh_key\": \"" + publicKeyLine + "\"}\n";
    }

    @Override
    public String namespaceTag(String namespace) {
        return "cloudmaker:" + namespace;
    }

    /** List answers end with {@code "meta":{"total":N}}. */
    @Override
    public boolean isListPage(RecordedExchange x) {
        return x.method().equals("GET") && x.status() == 200 && x.responseBody().contains("\"meta\":{\"total\"");
    }
}
