package dev.cloudmaker.bench;

import static dev.cloudmaker.emulator.kit.latency.LatencyRange.millis;

import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Triton ({@code --cloud triton}): the CloudAPI emulator with {@link #latency}'s per-call latencies and boot spread
 * and a throttle of 600 requests a minute, signed with a key of the benchmark's own. The servers have no DNS names:
 * CloudAPI has no DNS records (a Triton server's names go to another cloud's DNS, or to CNS), so the benchmark
 * measures machines alone. Its floor: 600 a minute, one machine per create (CreateMachine has no count), 1,000
 * machines per ListMachines page (the {@code limit} maximum; TRITON-NOTES.md §2, "Pagination").
 */
final class TritonBench implements BenchCloud {
    static final String TYPE = "triton";
    static final String ACCOUNT = "bench";
    static final String DATACENTER = "emu-1";
    static final String PACKAGE = "g1.nano";
    static final String IMAGE = "debian-12";
    /** restify's throttle is a token bucket whose rate the operator sets; CloudAPI publishes none (see {@link #latency}). */
    static final int PER_MINUTE = 600;
    static final FloorModel FLOOR = new FloorModel(PER_MINUTE, 1, 1000, 0.30, 0.06, 0.0, TritonBench::latency, 0);

    private Identity signingKey;

    /**
     * CloudAPI as seen from a client on another continent's edge, seeded. TRITON-NOTES.md (the design notes read
     * from CloudAPI's, node-triton's and the peers' sources) gives no latency or boot figures and neither do
     * CloudAPI's docs, so these are estimates, the same as DigitalOcean's ({@code DigitalOceanLatency}): a read
     * 60-100 ms (the emulator counts ListMachines as a read), a CreateMachine 300-600 ms (it places the machine
     * on a compute node), a delete 200-300 ms, actions and other writes 150-250 ms. Boot, from {@code provisioning}
     * to {@code running}: 25-55 s, for the bhyve image {@code debian-12} (a zone boots faster; the notes say only
     * that clients poll until {@code running}, node-triton every 1 s, Terraform up to 10 min, §4.2 and §8).
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

    /** The key that signs every request, made once per benchmark process in a temporary folder removed at exit. */
    synchronized Identity signingKey() {
        if (signingKey == null) {
            try {
                Path dir = Files.createTempDirectory("cloudmaker-bench-triton");
                dir.toFile().deleteOnExit();
                signingKey = IdentityFiles.generate(dir.resolve("id_ed25519"));
                dir.resolve("id_ed25519").toFile().deleteOnExit();
                dir.resolve("id_ed25519.pub").toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return signingKey;
    }

    /** The emulator as the benchmarks (node-triton's too) run it: the signing key in the account. */
    TritonEmulator emulator(long seed, boolean recordExchanges) {
        return TritonEmulator.builder().account(ACCOUNT).datacenter(DATACENTER).seed(seed).latencyModel(latency(seed))
                .actionDuration(java.time.Duration.ofSeconds(5)).rateLimitPerMinute(PER_MINUTE)
                .key("bench", signingKey().publicKey().line()).recordExchanges(recordExchanges).start();
    }

    @Override
    public BenchEmulator start(long seed, boolean recordExchanges) {
        return new TritonBenchEmulator(emulator(seed, recordExchanges));
    }

    @Override
    public boolean dnsNames() {
        return false;
    }

    @Override
    public String serverFields() {
        return "\"region\": \"" + DATACENTER + "\", \"size\": \"" + PACKAGE + "\", \"image\": \"" + IMAGE + "\"";
    }

    /** One Triton provider; its {@code url} is a placeholder, as every run points it at the emulator with --api-url. */
    @Override
    public String cloudJson() {
        return """
                {
                  "providers": {"triton": {"type": "triton", "url": "http://127.0.0.1:9", "account": "%s"}},
                  "servers": %%s
                }""".formatted(ACCOUNT);
    }

    @Override
    public String securityJson(String publicKeyLine) {
        Identity key = signingKey();
        return "{\"providers\": {\"triton\": {\"key_id\": \"" + key.publicKey().md5Fingerprint()
                + "\", \"private_key_file\": \"" + key.file().orElseThrow() + "\"}}, \"public_ssh_key\": \""
                + publicKeyLine + "\"}\n";
    }

    @Override
    public String namespaceTag(String namespace) {
        return "cloudmaker.namespace=" + namespace;
    }

    /** ListMachines answers, the only paged list of CloudAPI. */
    @Override
    public boolean isListPage(RecordedExchange x) {
        return x.method().equals("GET") && x.status() == 200 && x.path().equals("/" + ACCOUNT + "/machines");
    }
}
