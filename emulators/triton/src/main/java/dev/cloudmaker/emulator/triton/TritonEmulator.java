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
     * Adds a machine that is running at once, with addresses, as if made earlier (by anyone): for tests that start
     * from an account that already holds machines. Its tags are text values. Returns its id.
     *
     * @param image an image id, or a name (its newest version)
     */
    public String seedMachine(String name, String packageName, String image, Map<String, String> tags) {
        return mutate(() -> {
            Machine m = new Machine();
            m.id = state.newId();
            m.name = name;
            TritonImage found = state.images().stream().filter(i -> i.id().equals(image) || i.name().equals(image))
                    .max(Comparator.comparing(TritonImage::publishedAt))
                    .orElseThrow(() -> new IllegalArgumentException("no image " + image));
            m.image = found.id();
            m.brand = found.brand();
            m.packageId = Catalog.pkg(packageName).orElseThrow(() -> new IllegalArgumentException("no package " + packageName)).id();
            m.state = MachineState.RUNNING;
            m.created = state.now();
            m.updated = m.created;
            long n = state.addressIndex();
            m.publicIp = Addresses.publicIpv4(state.config.seed(), n);
            m.privateIp = Addresses.privateIpv4(state.config.seed(), n);
            tags.forEach((k, v) -> m.tags.put(k, TextNode.valueOf(v)));
            state.machines.put(m.id, m);
            return m.id;
        });
    }

    /** Machines created with this name from now on end {@code failed} instead of {@code running}. */
    public void failProvisioning(String machineName) {
        state.locked(() -> state.failingNames.add(machineName));
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
