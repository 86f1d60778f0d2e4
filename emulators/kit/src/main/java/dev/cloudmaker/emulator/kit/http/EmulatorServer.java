package dev.cloudmaker.emulator.kit.http;

import com.sun.net.httpserver.HttpServer;
import dev.cloudmaker.emulator.kit.fault.FaultInjector;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One cloud's API on 127.0.0.1: the JDK's HTTP server, one virtual thread per request, every request through
 * the {@link Pipeline} with the cloud's {@link Wire} and state. It never contacts anything.
 */
public final class EmulatorServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI url;
    private final Pipeline pipeline;
    private final FaultInjector faults;
    private final StatsCounter stats = new StatsCounter();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();

    private EmulatorServer(ServerSettings settings, Wire wire, AccountState state) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        executor = Executors.newVirtualThreadPerTaskExecutor();
        faults = new FaultInjector(settings.faults(), settings.faultSeed());
        pipeline = new Pipeline(wire, state, settings.rate(), faults, settings.latency(), stats, rejected,
                settings.recordExchanges() ? exchanges : null, url.toString());
        server.createContext("/", pipeline);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts serving.
     *
     * @throws IllegalArgumentException when a fault targets an operation the wire does not have
     * @throws IOException              when the port cannot be bound
     */
    public static EmulatorServer start(ServerSettings settings, Wire wire, AccountState state) throws IOException {
        List<String> operations = wire.operations();
        settings.faults().forEach(f -> f.requireEndpointIn(operations));
        return new EmulatorServer(settings, wire, state);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI url() {
        return url;
    }

    public EmulatorStats stats() {
        return stats.snapshot();
    }

    public void resetStats() {
        stats.reset();
    }

    /** Every exchange so far, when started with {@code recordExchanges}. */
    public List<RecordedExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Every request from now on is first shown to {@code hook} (replacing any earlier one). */
    public void onRequest(RequestHook hook) {
        pipeline.hook(hook);
    }

    /** No configured fault fires from now on: the API behaves, as after an outage. */
    public void stopFaults() {
        faults.stop();
    }

    /** Requests authenticating as {@code principal} are refused from now on, as with revoked credentials. */
    public void reject(String principal) {
        rejected.add(principal);
    }

    /** Stops serving; requests in flight are cut off. */
    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    @Override
    public String toString() {
        return "EmulatorServer[" + url + "]";
    }
}
