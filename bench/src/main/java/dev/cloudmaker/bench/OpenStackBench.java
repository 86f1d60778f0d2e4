package dev.cloudmaker.bench;

import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanLatency;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import dev.cloudmaker.emulator.openstack.OpenStackEmulator;
import java.util.regex.Pattern;

/**
 * OpenStack ({@code --cloud openstack}): the Keystone + Nova + Glance + Neutron + Designate emulator with
 * {@link #latency}'s per-call latencies and boot spread and no request rate limit, one user {@code demo} with a
 * password in project {@code demo}. Each server gets one Designate name (A + AAAA). Its floor: no rate limit (modern
 * Nova has none; a deployment may put one in front, and a 429 fails the SDK and the CLI outright: OPENSTACK-NOTES.md
 * §4.7), one server per create (Nova's {@code min_count} makes servers of one name), 1,000 servers per
 * {@code /servers/detail} page ({@code osapi_max_limit}, §4.2), two records per server.
 */
final class OpenStackBench implements BenchCloud {
    static final String TYPE = "openstack";
    static final String FLAVOR = "m1.tiny";
    static final String IMAGE = "debian-12";
    static final String REGION = "RegionOne";
    /** Room for the no-op run's largest size; Nova's default quota (10 instances) is the operator's to raise. */
    static final int QUOTA = 1000;
    static final FloorModel FLOOR = new FloorModel(Integer.MAX_VALUE, 1, 1000, 0.30, 0.08, 0.12, OpenStackBench::latency, 2);
    /** Nova, Glance, Neutron and Designate collections and Nova's flavors and key pairs, as the emulator serves them. */
    private static final Pattern LISTS = Pattern.compile(".*/(servers|servers/detail|flavors|flavors/detail|os-keypairs"
            + "|v2/images|v2\\.0/(networks|subnets|ports|security-groups|security-group-rules|floatingips)"
            + "|v2/zones|v2/zones/[^/]+/recordsets|v2/recordsets)");

    /**
     * OpenStack as seen from a client on another continent's edge, seeded. OPENSTACK-NOTES.md (the design notes
     * read from Nova's, Keystone's, Designate's and the clients' sources) gives no latency or boot figures (only that
     * {@code server create --wait} polls every 5 s and "BUILD→ACTIVE take[s] seconds, not minutes" in the emulator,
     * §8.1), and OpenStack publishes none, as each deployment differs; so these are DigitalOcean's estimates
     * ({@link DigitalOceanLatency#model}), as the Triton benchmark took them: a read 60-100 ms, a list 80-120 ms,
     * a server create 300-600 ms, a delete 200-300 ms, a Designate write 120-180 ms, other writes (a token,
     * a key pair, a security group) 150-250 ms; boot, BUILD to ACTIVE, 25-55 s.
     */
    static LatencyModel latency(long seed) {
        return DigitalOceanLatency.model(seed);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public FloorModel floor() {
        return FLOOR;
    }

    /** The emulator as the benchmarks (the openstack CLI's too) run it. */
    static OpenStackEmulator emulator(long seed, boolean recordExchanges) {
        return OpenStackEmulator.builder().seed(seed).latencyModel(latency(seed)).instanceQuota(QUOTA)
                .recordExchanges(recordExchanges).start();
    }

    @Override
    public BenchEmulator start(long seed, boolean recordExchanges) {
        OpenStackEmulator emulator = emulator(seed, recordExchanges);
        // cloudmaker creates no zone unasked (--create-zones); the openstack CLI's script creates its own
        emulator.addZone(BenchDefinition.ZONE);
        return new OpenStackBenchEmulator(emulator);
    }

    @Override
    public boolean dnsNames() {
        return true;
    }

    @Override
    public String serverFields() {
        return "\"region\": \"" + REGION + "\", \"size\": \"" + FLAVOR + "\", \"image\": \"" + IMAGE + "\"";
    }

    /** One OpenStack provider, its DNS too; its {@code auth_url} is a placeholder, as every run points it with --api-url. */
    @Override
    public String cloudJson() {
        return """
                {
                  "providers": {"openstack": {"type": "openstack", "auth_url": "http://127.0.0.1:9/identity/v3"}},
                  "dns": "openstack",
                  "servers": %s
                }""";
    }

    /** The emulator's user by password (its defaults: {@code demo} / {@code secret}, project {@code demo}). */
    @Override
    public String securityJson(String publicKeyLine) {
        return "{\"providers\": {\"openstack\": {\"username\": \"demo\", \"password\": \"secret\", \"project_name\": \"demo\","
                + " \"user_domain_name\": \"Default\", \"project_domain_name\": \"Default\"}}, \"public_ssh_key\": \""
                + publicKeyLine + "\"}\n";
    }

    @Override
    public String namespaceTag(String namespace) {
        return CloudmakerTags.namespaceTag(namespace);
    }

    /** A collection GET answered 200: each is one page (Nova's and Designate's are paged by {@code limit}/{@code marker}). */
    @Override
    public boolean isListPage(RecordedExchange x) {
        return x.method().equals("GET") && x.status() == 200 && LISTS.matcher(x.path()).matches();
    }
}
