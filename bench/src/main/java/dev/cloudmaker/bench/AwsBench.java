package dev.cloudmaker.bench;

import static dev.cloudmaker.emulator.kit.latency.LatencyRange.millis;

import dev.cloudmaker.emulator.aws.AwsEmulator;
import dev.cloudmaker.emulator.aws.AwsEmulatorBuilder;
import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.time.Duration;
import java.util.Map;

/**
 * AWS ({@code --cloud aws}): the EC2 + Route 53 emulator with {@link #latency}'s per-call latencies and boots and EC2's
 * throttling as AWS-NOTES.md §2.10 gives it: a token bucket of {@link #BUCKET} requests refilled at {@link #REFILL}
 * a second (the dev guide's example for a non-mutating API; 503 {@code RequestLimitExceeded} beyond). Every server has
 * one name, an A record (cloudmaker asks EC2 for no IPv6 address, so there is no AAAA), in the Route 53 zone
 * {@link BenchDefinition#ZONE}, which exists beforehand (cloudmaker creates no zone without {@code --create-zones}: a
 * zone costs money and needs delegation). Its floor: the bucket (100 at once, then
 * 20 a second: 1,300 in the first minute), one RunInstances per server (cloudmaker's ClientToken is per server),
 * 1,000 instances per DescribeInstances page (its {@code MaxResults} maximum, §1.6).
 */
final class AwsBench implements BenchCloud {
    static final String TYPE = "aws";
    static final String REGION = "us-east-1";
    static final String SIZE = "t3.micro";
    static final String IMAGE = "debian-12";
    /** AWS-NOTES.md §2.10: "DescribeHosts (non-mutating) has a bucket of 100 tokens refilled at 20/s". */
    static final int BUCKET = 100;
    static final double REFILL = 20;
    static final FloorModel FLOOR = new FloorModel(BUCKET + (int) (REFILL * 60), 1, 1000, 0.30, 0.06, 0.12,
            AwsBench::latency, 1);

    /**
     * EC2 and Route 53 as seen from a client in another region, seeded. AWS-NOTES.md gives no latency or boot figures
     * (only the states, §2.5, and the clients' polling: boto3's waiters every 15 s, Ansible's {@code wait}), so these are
     * DigitalOcean's estimates ({@code DigitalOceanLatency}): a read 60-100 ms, a Describe or List 80-120 ms, a
     * RunInstances 300-600 ms, a Route 53 change 120-180 ms, other writes 150-250 ms; pending to running 25-55 s.
     */
    static LatencyModel latency(long seed) {
        return new LatencyModel(seed, Map.of(
                OperationClass.READ, millis(60, 100),
                OperationClass.LIST, millis(80, 120),
                OperationClass.CREATE, millis(300, 600),
                OperationClass.ACTION, millis(150, 250),
                OperationClass.DELETE, millis(200, 300),
                OperationClass.DNS_WRITE, millis(120, 180),
                OperationClass.WRITE, millis(150, 250)), 0.5, millis(25_000, 55_000));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public FloorModel floor() {
        return FLOOR;
    }

    /** The emulator as every tool meets it: the model, the throttle, the zone, Route 53 changes in sync after 2 s. */
    static AwsEmulator emulator(long seed, boolean recordExchanges) {
        AwsEmulator emu = AwsEmulator.builder().region(REGION).seed(seed).latencyModel(latency(seed))
                .throttle(BUCKET, REFILL).actionDuration(Duration.ofSeconds(5)).changeDelay(Duration.ofSeconds(2))
                .recordExchanges(recordExchanges).start();
        emu.addZone(BenchDefinition.ZONE);
        return emu;
    }

    @Override
    public BenchEmulator start(long seed, boolean recordExchanges) {
        return new AwsBenchEmulator(emulator(seed, recordExchanges));
    }

    @Override
    public boolean dnsNames() {
        return true;
    }

    @Override
    public String serverFields() {
        return "\"region\": \"" + REGION + "\", \"size\": \"" + SIZE + "\", \"image\": \"" + IMAGE + "\"";
    }

    /** One AWS provider, also the DNS; every run points it at the emulator with --api-url. */
    @Override
    public String cloudJson() {
        return """
                {
                  "providers": {"aws": {"type": "aws", "region": "%s"}},
                  "dns": "aws",
                  "servers": %%s
                }""".formatted(REGION);
    }

    @Override
    public String securityJson(String publicKeyLine) {
        return "{\"providers\": {\"aws\": {\"access_key_id\": \"" + AwsEmulatorBuilder.DEFAULT_ACCESS_KEY_ID
                + "\", \"secret_access_key\": \"" + AwsEmulatorBuilder.DEFAULT_SECRET_ACCESS_KEY
                + "\"}}, \"public_ssh_key\": \"" + publicKeyLine + "\"}\n";
    }

    @Override
    public String namespaceTag(String namespace) {
        return "cloudmaker-namespace=" + namespace;
    }

    /** A DescribeInstances or a ListResourceRecordSets answer: the paged lists a re-run reads. */
    @Override
    public boolean isListPage(RecordedExchange x) {
        boolean describe = x.method().equals("POST") && x.path().equals("/") && x.requestBody() != null
                && x.requestBody().matches("(?s)(.*&)?Action=DescribeInstances(&.*)?");
        boolean records = x.method().equals("GET") && x.path().matches("/2013-04-01/hostedzone/[^/]+/rrset/?");
        return x.status() == 200 && (describe || records);
    }
}
