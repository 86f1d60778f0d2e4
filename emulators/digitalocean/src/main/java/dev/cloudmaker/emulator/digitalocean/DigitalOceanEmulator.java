package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorServer;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.emulator.kit.http.ServerSettings;
import dev.cloudmaker.emulator.kit.rate.SlidingWindow;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A stateful, wire-compatible DigitalOcean API v2 on 127.0.0.1, with rate limits, eventual consistency
 * and injectable faults, for tests and offline runs of cloudmaker. The kit's {@link EmulatorServer} serves it;
 * this class wires DigitalOcean's handlers and state into it and lets tests seed and inspect the account.
 */
public final class DigitalOceanEmulator implements AutoCloseable {
    private final State state;
    private final DomainHandler domainHandler;
    private final RecordHandler recordHandler;
    private final EmulatorServer server;

    DigitalOceanEmulator(EmulatorConfig config) throws IOException {
        this.state = new State(config);
        PathRouter<Endpoint> router = new PathRouter<>();
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
        var rate = new SlidingWindow(config.rateLimitPerMinute(), config.rateLimitPerHour(), config.rateLimitMinute(),
                config.clock());
        server = EmulatorServer.start(new ServerSettings(config.port(), config.faults(), config.seed(), rate,
                config.timing(), config.recordExchanges()), new DigitalOceanWire(router), state);
    }

    public static DigitalOceanEmulatorBuilder builder() {
        return new DigitalOceanEmulatorBuilder();
    }

    /** {@code http://127.0.0.1:PORT}; the API lives under {@code /v2/}. */
    public URI baseUrl() {
        return server.url();
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

    /** The account as every emulator shows it: servers, zones, records, keys. */
    public EmulatedAccount account() {
        return new DigitalOceanAccount(state);
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
        server.onRequest(hook);
    }

    /** No configured fault fires from now on: the API behaves, as after an outage. */
    public void stopFaults() {
        server.stopFaults();
    }

    /** Requests with this token are answered 401 from now on. */
    public void rejectToken(String token) {
        server.reject(token);
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
        return "DigitalOceanEmulator" + Map.of("baseUrl", baseUrl());
    }
}
