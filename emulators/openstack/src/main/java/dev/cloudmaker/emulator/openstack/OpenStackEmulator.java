package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorServer;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.emulator.kit.http.ServerSettings;
import dev.cloudmaker.emulator.kit.rate.TokenBucket;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A stateful, wire-compatible OpenStack cloud on 127.0.0.1 for tests and offline runs: Keystone v3, Nova, Glance v2,
 * Neutron and Designate v2 on one port under devstack's paths ({@code /identity}, {@code /compute/v2.1},
 * {@code /image}, {@code /networking}, {@code /dns}), one user in one project, with the kit's faults, latency and
 * rate limits. Start one with {@link #builder()}.
 */
public final class OpenStackEmulator implements AutoCloseable {
    private final OpenStackState state;
    private final EmulatorServer server;

    OpenStackEmulator(OpenStackConfig config, List<Image> images) throws IOException {
        state = new OpenStackState(config, images);
        PathRouter<OsEndpoint> router = new PathRouter<>();
        new VersionDocs().register(router);
        new IdentityHandler(state).register(router);
        ServerView view = new ServerView(state);
        ServerHandler servers = new ServerHandler(state, view);
        servers.register(router);
        new ServerActionHandler(state, servers, view).register(router);
        new ServerExtrasHandler(state, servers, view).register(router);
        new FlavorHandler(state).register(router);
        new KeypairHandler(state).register(router);
        new ImageHandler(state).register(router);
        new NetworkHandler(state).register(router);
        new SecurityGroupHandler(state).register(router);
        new FloatingIpHandler(state).register(router);
        ZoneHandler zones = new ZoneHandler(state);
        zones.register(router);
        new RecordsetHandler(state, zones).register(router);
        // OpenStack has no request rate limit of its own; deployments put one in front (a token bucket per user)
        int perMinute = config.rateLimitPerMinute();
        var rate = perMinute == 0 ? new TokenBucket(Integer.MAX_VALUE, Integer.MAX_VALUE, config.clock())
                : new TokenBucket(perMinute, perMinute / 60.0, config.clock());
        server = EmulatorServer.start(new ServerSettings(config.port(), config.faults(), config.seed(), rate,
                config.timing(), config.recordExchanges()), new OpenStackWire(router, state), state);
    }

    public static OpenStackEmulatorBuilder builder() {
        return new OpenStackEmulatorBuilder();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI baseUrl() {
        return server.url();
    }

    /** Keystone's v3 URL, what {@code OS_AUTH_URL} and clouds.yaml's {@code auth_url} name: {@code .../identity/v3}. */
    public URI authUrl() {
        return URI.create(server.url() + "/identity/v3");
    }

    public String user() {
        return state.config.user();
    }

    /** The user's password; an emulator's password guards nothing real. */
    public String password() {
        return state.config.password();
    }

    public String project() {
        return state.config.project();
    }

    /** The domain of the user and the project, by name: {@code Default}. */
    public String domain() {
        return state.config.domain();
    }

    public String region() {
        return state.config.region();
    }

    /** The id of the project, as servers' {@code tenant_id} shows it. */
    public String projectId() {
        return state.config.projectId();
    }

    /** The id of the external network {@code public}, where servers attach by default. */
    public String publicNetworkId() {
        return state.topology.publicNet.id();
    }

    /** The id of the tenant network {@code private}. */
    public String privateNetworkId() {
        return state.topology.privateNet.id();
    }

    /** Servers created with this name from now on end in ERROR, with a fault, instead of ACTIVE. */
    public void failBuilds(String serverName) {
        state.locked(() -> state.failingNames.add(serverName));
    }

    /** Forgets every token issued so far: the next call with one is a 401, as after Keystone revokes it. */
    public void revokeTokens() {
        state.tokens.clear();
    }

    /** How many tokens have been issued and are still held (a client that renews too often shows here). */
    public int tokensIssued() {
        return state.tokens.size();
    }

    /** The names of the project's security groups, {@code default} included. */
    public List<String> securityGroups() {
        return state.locked(() -> state.groups.values().stream().map(SecurityGroup::name).toList());
    }

    /** Ports whose device is no server of the project (a server's ports should go with it), as {@code id (device id)}. */
    public List<String> detachedPorts() {
        return state.locked(() -> state.ports.values().stream().filter(p -> !state.servers.containsKey(p.deviceId()))
                .map(p -> p.id() + " (device " + p.deviceId() + ")").toList());
    }

    /** Floating IPs on no port (allocated but unused, or left behind by a deleted server), as their addresses. */
    public List<String> unassociatedFloatingIps() {
        return state.locked(() -> state.floatingIps.values().stream().filter(f -> f.portId() == null)
                .map(FloatingIp::address).toList());
    }

    /**
     * Adds an ACTIVE server on {@code public} with these Nova tags and metadata, as if created earlier (no request, so a
     * test's request counts start at its own); returns its id.
     */
    public String seedServer(String name, String flavorName, String imageName, List<String> tags,
                             Map<String, String> metadata) {
        return state.locked(() -> {
            String id = new ProjectSeeder(state).server(name, flavorName, imageName, tags, metadata);
            state.persist();
            return id;
        });
    }

    /** Adds an ACTIVE Designate zone with its SOA and NS record sets, as if created earlier. */
    public void addZone(String name) {
        state.locked(() -> {
            new ProjectSeeder(state).zone(name);
            state.persist();
            return null;
        });
    }

    /** Adds a value to the record set of {@code name} ({@code @} for the apex) and type in a zone. */
    public void addRecord(String zone, String type, String name, String value) {
        state.locked(() -> {
            new ProjectSeeder(state).record(zone, type, name, value);
            state.persist();
            return null;
        });
    }

    /** The project as every emulator shows it: servers, zones and records, key pairs. */
    public EmulatedAccount account() {
        return new OpenStackAccountView(state);
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
        return "OpenStackEmulator[" + baseUrl() + ", " + user() + "@" + project() + "]";
    }
}
