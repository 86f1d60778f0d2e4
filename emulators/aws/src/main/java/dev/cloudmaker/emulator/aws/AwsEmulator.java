package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.ActionRouter;
import dev.cloudmaker.emulator.kit.http.EmulatorServer;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.emulator.kit.http.ServerSettings;
import dev.cloudmaker.emulator.kit.rate.TokenBucket;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stateful, wire-compatible AWS on 127.0.0.1 for tests and offline runs: EC2 (instances with EC2's state machine
 * and client tokens, key pairs, security groups, images, tags, the default VPC) and Route 53 (zones, all-or-nothing
 * change batches, changes going {@code INSYNC}) on one port, SigV4-verified, with the kit's faults, latency and
 * token-bucket throttling. Start one with {@link #builder()}.
 */
public final class AwsEmulator implements AutoCloseable {
    private final AwsState state;
    private final EmulatorServer server;

    AwsEmulator(AwsConfig config) throws IOException {
        state = new AwsState(config);
        ActionRouter<Ec2Action> ec2 = new ActionRouter<>();
        new NetworkHandler().register(ec2);
        new ImageHandler().register(ec2);
        new KeyPairHandler().register(ec2);
        new SecurityGroupHandler().register(ec2);
        new InstanceLauncher().register(ec2);
        new InstanceReader().register(ec2);
        new InstanceActions().register(ec2);
        new InstanceAttributes().register(ec2);
        new TagHandler().register(ec2);
        PathRouter<Route53Endpoint> route53 = new PathRouter<>();
        new ZoneHandler().register(route53);
        new RecordHandler().register(route53);
        var verifier = new SigV4Verifier(config.accessKeyId(), config.secretAccessKey(), config.clock());
        // "off" is a bucket no run empties
        var rate = config.bucketCapacity() == 0 ? new TokenBucket(Integer.MAX_VALUE, Integer.MAX_VALUE, config.clock())
                : new TokenBucket(config.bucketCapacity(), config.refillPerSecond(), config.clock());
        server = EmulatorServer.start(new ServerSettings(config.port(), config.faults(), config.seed(), rate,
                config.timing(), config.recordExchanges()), new AwsWire(ec2, route53, verifier, state), state);
    }

    public static AwsEmulatorBuilder builder() {
        return new AwsEmulatorBuilder();
    }

    /** {@code http://127.0.0.1:PORT}: EC2's and Route 53's endpoint (AWS_ENDPOINT_URL). */
    public URI baseUrl() {
        return server.url();
    }

    public String accessKeyId() {
        return state.config.accessKeyId();
    }

    /** The secret signatures are verified with; an emulator's, guarding nothing real. */
    public String secretAccessKey() {
        return state.config.secretAccessKey();
    }

    /** The region clients are told to use. */
    public String region() {
        return state.config.region();
    }

    /**
     * What the AWS clients read, in a stable order: the endpoint, the key, the region, and
     * {@code AWS_EC2_METADATA_DISABLED} so none of them looks for instance metadata.
     */
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_ENDPOINT_URL", baseUrl().toString());
        env.put("AWS_ACCESS_KEY_ID", accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", secretAccessKey());
        env.put("AWS_REGION", region());
        env.put("AWS_DEFAULT_REGION", region());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }

    /** Adds a public hosted zone (with its SOA and NS records) as if created earlier; returns its bare id. */
    public String addZone(String name) {
        return state.locked(() -> {
            HostedZone zone = new HostedZone(state.route53Id("Z"), DnsNames.normalize(name), "seeded-" + name, null);
            state.zones.put(zone.id, zone);
            state.persist();
            return zone.id;
        });
    }

    /** The names of the security groups of every region, each VPC's {@code default} included. */
    public List<String> securityGroups() {
        return state.locked(() -> state.regions.values().stream().flatMap(r -> r.groups.values().stream()).map(g -> g.name)
                .toList());
    }

    /**
     * Adds an instance of the emulator's region, running at once with its addresses, as if launched earlier (no
     * request, so a test's request counts start at its own); returns its id.
     *
     * @param tags its tags, {@code Name} among them when it has a name
     */
    public String seedInstance(String instanceType, String imageName, Map<String, String> tags) {
        return seedInstance(instanceType, imageName, tags, List.of());
    }

    /** {@link #seedInstance(String, String, Map)} in the given security groups (ids) instead of the VPC's default one. */
    public String seedInstance(String instanceType, String imageName, Map<String, String> tags, List<String> groupIds) {
        return state.locked(() -> {
            String id = new InstanceSeeder(state).seed(instanceType, imageName, tags, groupIds);
            state.persist();
            return id;
        });
    }

    /**
     * Adds a security group of the default VPC as if created earlier, TCP {@code ports} open to every address, unless
     * one of that name is there already; returns its id.
     */
    public String seedSecurityGroup(String name, String description, Map<String, String> tags, List<Integer> ports) {
        return state.locked(() -> {
            String id = new InstanceSeeder(state).group(name, description, tags, ports);
            state.persist();
            return id;
        });
    }

    /** Adds a value to the record set of {@code name} (relative, {@code @} for the apex) and type in a zone, with TTL 300. */
    public void addRecord(String zone, String type, String name, String value) {
        state.locked(() -> {
            new InstanceSeeder(state).record(zone, type, name, value);
            state.persist();
            return null;
        });
    }

    /** The account as every emulator shows it: instances (of every region, terminated ones too), zones and key pairs. */
    public EmulatedAccount account() {
        return new AwsAccountView(state);
    }

    public EmulatorStats stats() {
        return server.stats();
    }

    public void resetStats() {
        server.resetStats();
    }

    /** Every exchange so far, when started with {@code recordExchanges(true)}. */
    public List<RecordedExchange> exchanges() {
        return server.exchanges();
    }

    /** Every request from now on is first shown to {@code hook} (replacing any earlier one). */
    public void onRequest(RequestHook hook) {
        server.onRequest(hook);
    }

    /** No configured fault fires from now on. */
    public void stopFaults() {
        server.stopFaults();
    }

    @Override
    public void close() {
        server.close();
        state.locked(() -> {
            state.persist();
            return null;
        });
    }

    @Override
    public String toString() {
        return "AwsEmulator[" + baseUrl() + ", " + region() + "]";
    }
}
