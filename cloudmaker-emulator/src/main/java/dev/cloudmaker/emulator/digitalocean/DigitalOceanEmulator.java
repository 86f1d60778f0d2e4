package dev.cloudmaker.emulator.digitalocean;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stateful, wire-compatible DigitalOcean API v2 on 127.0.0.1, with rate limits, eventual consistency
 * and injectable faults, for tests and offline runs of cloudmaker.
 */
public final class DigitalOceanEmulator implements AutoCloseable {
    private final EmulatorConfig config;
    private final State state;
    private final StatsCounter stats = new StatsCounter();
    private final Set<String> rejectedTokens = ConcurrentHashMap.newKeySet();
    private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
    private final DomainHandler domainHandler;
    private final RecordHandler recordHandler;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final URI baseUrl;
    private final HttpFront front;
    private final FaultInjector faults;

    DigitalOceanEmulator(EmulatorConfig config) throws IOException {
        this.config = config;
        this.state = new State(config);
        StateFile.loadInto(config.stateFile(), state);
        Router router = new Router();
        KeyHandler keys = new KeyHandler(state);
        DropletHandler droplets = new DropletHandler(state, keys);
        domainHandler = new DomainHandler(state);
        recordHandler = new RecordHandler(state, domainHandler);
        new CatalogHandler(state).register(router);
        keys.register(router);
        droplets.register(router);
        new ActionHandler(state, droplets).register(router);
        new TagHandler(state).register(router);
        new FirewallHandler().register(router);
        new SnapshotHandler(state, droplets).register(router);
        domainHandler.register(router);
        recordHandler.register(router);

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        faults = new FaultInjector(config.faults(), config.seed());
        front = new HttpFront(config, state, router, new RateLimiter(config.rateLimitPerMinute(),
                config.rateLimitPerHour(), config.rateLimitMinute(), config.clock()), faults, stats, rejectedTokens,
                exchanges, baseUrl::toString);
        server.createContext("/", front);
        server.setExecutor(executor);
        server.start();
    }

    public static DigitalOceanEmulatorBuilder builder() {
        return new DigitalOceanEmulatorBuilder();
    }

    /** {@code http://127.0.0.1:PORT}; the API lives under {@code /v2/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public EmulatorStats stats() {
        return stats.snapshot();
    }

    public void resetStats() {
        stats.reset();
    }

    /** Every exchange so far, when started with {@code recordExchanges(true)}. */
    public List<RecordedExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public List<EmuDroplet> droplets() {
        return state.locked(() -> state.droplets.values().stream().map(d -> DropletView.emu(d, state)).toList());
    }

    public List<EmuRecord> records(String domain) {
        return state.locked(() -> state.recordsOf(domainHandler.find(domain)).stream()
                .map(r -> new EmuRecord(r.id(), r.type(), r.name(), r.data(), r.ttl())).toList());
    }

    public List<String> domains() {
        return state.locked(() -> List.copyOf(state.domains));
    }

    public List<EmuKey> keys() {
        return state.locked(() -> state.keys.values().stream()
                .map(k -> new EmuKey(k.id(), k.name(), k.fingerprint(), k.publicKey())).toList());
    }

    /** Adds a droplet that is active at once, with addresses; returns its id. */
    public long seedDroplet(String name, String region, String size, String image, List<String> tags) {
        return mutate(() -> new Seeder(state).droplet(name, region, size, image, tags));
    }

    public void seedDomain(String name) {
        mutate(() -> domainHandler.create(name, null));
    }

    /** Adds a record; hostname data may be given with or without the trailing dot. Returns its id. */
    public long seedRecord(String domain, String type, String name, String data) {
        return mutate(() -> {
            String d = domainHandler.find(domain);
            String withDot = data.endsWith(".") || !List.of("CNAME", "MX", "NS", "SRV").contains(type) ? data : data + ".";
            var body = Json.object().put("type", type).put("name", name).put("data", withDot);
            if (type.equals("MX") || type.equals("SRV")) {
                body.put("priority", 10).put("port", 0).put("weight", 0);
            }
            return recordHandler.create(d, body).id();
        });
    }

    /** Every request from now on is first shown to {@code hook} (replacing any earlier one). */
    public void onRequest(RequestHook hook) {
        front.hook(hook);
    }

    /** No configured fault fires from now on: the API behaves, as after an outage. */
    public void stopFaults() {
        faults.stop();
    }

    /** Requests with this token are answered 401 from now on. */
    public void rejectToken(String token) {
        rejectedTokens.add(token);
    }

    private <T> T mutate(java.util.function.Supplier<T> work) {
        return state.locked(() -> {
            T result = work.get();
            StateFile.save(config.stateFile(), state);
            return result;
        });
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
        state.locked(() -> {
            StateFile.save(config.stateFile(), state);
            return null;
        });
    }

    @Override
    public String toString() {
        return "DigitalOceanEmulator" + Map.of("baseUrl", baseUrl);
    }
}
