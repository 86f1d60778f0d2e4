package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorServer;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.emulator.kit.http.ServerSettings;
import dev.cloudmaker.emulator.kit.rate.TokenBucket;
import dev.cloudmaker.emulator.kit.state.Addresses;
import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A stateful, wire-compatible Triton CloudAPI on 127.0.0.1 for tests and offline runs: one account whose SSH keys
 * sign every request, machines with CloudAPI's state machine, the kit's faults, latency and rate limits. Start one
 * with {@link #builder()}.
 */
public final class TritonEmulator implements AutoCloseable {
    private final TritonState state;
    private final EmulatorServer server;

    TritonEmulator(TritonConfig config) throws IOException {
        state = new TritonState(config);
        PathRouter<TritonEndpoint> router = new PathRouter<>();
        MachineLookup lookup = new MachineLookup(state);
        MachineHandler machines = new MachineHandler(state, lookup);
        new AccountHandler(state).register(router);
        new ImageHandler(state, lookup).register(router);
        machines.register(router);
        new MachineActionHandler(state, lookup, machines).register(router);
        new TagMetadataHandler(state, lookup).register(router);
        new SnapshotHandler(state, lookup).register(router);
        var authenticator = new RequestAuthenticator(config.login(),
                () -> state.locked(() -> List.copyOf(state.keys)), config.clock());
        // restify's throttle is a token bucket: a minute's worth of burst, refilled at the per-second rate; "off" is a
        // bucket no run empties
        int perMinute = config.rateLimitPerMinute();
        var rate = perMinute == 0 ? new TokenBucket(Integer.MAX_VALUE, Integer.MAX_VALUE, config.clock())
                : new TokenBucket(perMinute, perMinute / 60.0, config.clock());
        server = EmulatorServer.start(new ServerSettings(config.port(), config.faults(), config.seed(), rate,
                config.timing(), config.recordExchanges()),
                new TritonWire(router, authenticator, state), state);
    }

    public static TritonEmulatorBuilder builder() {
        return new TritonEmulatorBuilder();
    }

    /** {@code http://127.0.0.1:PORT}: TRITON_URL. */
    public URI baseUrl() {
        return server.url();
    }

    /** The account's login: TRITON_ACCOUNT. */
    public String login() {
        return state.config.login();
    }

    /** The datacenter's name, as ListDatacenters shows it. */
    public String datacenter() {
        return state.config.datacenter();
    }

    /** Adds an SSH key (an OpenSSH public key line) to the account; returns its MD5 fingerprint, a keyId's last part. */
    public String addKey(String name, String publicKeyLine) {
        return mutate(() -> {
            AccountKey key = AccountKey.of(name, publicKeyLine);
            state.keys.removeIf(k -> k.fingerprint().equals(key.fingerprint()));
            state.keys.add(key);
            return key.fingerprint();
        });
    }

    /**
     * Turns Triton CNS on for the account, as UpdateAccount {@code triton_cns_enabled=true} does: GetMachine then
     * gives {@code dns_names} (instance names, and service names for {@code triton.cns.services}).
     */
    public void enableCns() {
        mutate(() -> {
            state.cnsEnabled = true;
            return null;
        });
    }

    /** Machines created with this name from now on end {@code failed} instead of {@code running}. */
    public void failProvisioning(String machineName) {
        state.locked(() -> state.failingNames.add(machineName));
    }

    /**
     * Puts a running machine straight into the account, as a create leaves it once booted, without a request: for
     * benchmarks that start from many existing machines. The image and package are the catalogue's, by name.
     *
     * @param tags tag values, kept as strings
     * @return the machine's id
     */
    public String seedMachine(String name, String packageName, String imageName, Map<String, String> tags) {
        return mutate(() -> {
            TritonImage image = state.images().stream().filter(i -> i.id().equals(imageName) || i.name().equals(imageName))
                    .max(java.util.Comparator.comparing(TritonImage::publishedAt))
                    .orElseThrow(() -> new IllegalArgumentException("no image " + imageName));
            TritonPackage pkg = Catalog.pkg(packageName)
                    .orElseThrow(() -> new IllegalArgumentException("no package named " + packageName));
            Machine m = new Machine();
            m.id = state.newId();
            m.name = name;
            m.image = image.id();
            m.brand = image.brand();
            m.packageId = pkg.id();
            m.created = state.now();
            m.updated = m.created;
            m.state = MachineState.RUNNING;
            long n = state.addressIndex();
            m.publicIp = Addresses.publicIpv4(state.config.seed(), n);
            m.privateIp = Addresses.privateIpv4(state.config.seed(), n);
            tags.forEach((k, v) -> m.tags.put(k, TextNode.valueOf(v)));
            m.audit.add(new AuditEntry("provision", true, m.created, "seed"));
            state.machines.put(m.id, m);
            return m.id;
        });
    }

    /**
     * Lists another datacenter of the same cloud in ListDatacenters beside this one (CloudAPI lists every
     * datacenter of the cloud, each with its own CloudAPI URL): two emulators linked so stand for two datacenters.
     */
    public void addDatacenter(String name, URI url) {
        state.locked(() -> state.otherDatacenters.put(name, url.toString()));
    }

    /** The account as every emulator shows it: machines (deleted ones left out) and keys. */
    public EmulatedAccount account() {
        return new TritonAccountView(state);
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

    private <T> T mutate(Supplier<T> work) {
        return state.locked(() -> {
            T result = work.get();
            state.persist();
            return result;
        });
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
        return "TritonEmulator[" + baseUrl() + ", " + login() + "]";
    }
}
