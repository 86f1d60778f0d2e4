package dev.cloudmaker.openstack;

import dev.cloudmaker.core.http.Authenticator;
import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.http.IssuedToken;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RateLimitSignals;
import dev.cloudmaker.core.http.ReauthenticatingToken;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * One JSON client per OpenStack service, made on first use from the catalog of the first token, all sending the
 * same {@code X-Auth-Token} (renewed {@link #RENEW_AHEAD} before it expires, and once on a 401) and counting into one
 * {@link CallStats}. The first token is asked for once: the catalog and the first request share it.
 */
final class OpenStackClients implements AutoCloseable {
    /** keystoneauth's margin: a token this close to its expiry is replaced before it is sent. */
    static final Duration RENEW_AHEAD = Duration.ofSeconds(120);

    enum Service {
        COMPUTE("compute", "Nova", ""), IMAGE("image", "Glance", "/v2"), NETWORK("network", "Neutron", "/v2.0"),
        DNS("dns", "Designate", "/v2");

        final String type;
        final String label;
        final String version;

        Service(String type, String label, String version) {
            this.type = type;
            this.label = label;
            this.version = version;
        }
    }

    private final AuthConfig config;
    private final Keystone keystone;
    private final JsonApiClient identity;
    private final Authenticator token;
    private final Duration requestTimeout;
    private final RequestPacer pacer;
    private final RetrySettings retry;
    private final Clock clock;
    private final CallStats stats;
    private final Map<Service, JsonApiClient> clients = new EnumMap<>(Service.class);
    private KeystoneToken latest;
    private KeystoneToken unused;

    OpenStackClients(AuthConfig config, Duration requestTimeout, RequestPacer pacer, RetrySettings retry, Clock clock) {
        this.config = config;
        this.requestTimeout = requestTimeout;
        this.pacer = pacer;
        this.retry = retry;
        this.clock = clock;
        this.stats = new CallStats(config.authUrl().getHost());
        this.identity = new JsonApiClient(config.authUrl(), Authenticator.NONE, requestTimeout, pacer,
                new OpenStackErrors("Keystone", config), RateLimitSignals.retryAfterOnly(), retry, clock, stats);
        this.keystone = new Keystone(config, identity);
        this.token = new ReauthenticatingToken("X-Auth-Token", this::issue, RENEW_AHEAD, clock);
    }

    AuthConfig config() {
        return config;
    }

    CallStats stats() {
        return stats;
    }

    /** The catalog of the first token (asking for it now if no request has yet). */
    synchronized ServiceCatalog catalog() {
        if (latest == null) {
            unused = keystone.issue();
            latest = unused;
        }
        return latest.catalog();
    }

    synchronized JsonApiClient client(Service service) {
        JsonApiClient client = clients.get(service);
        if (client == null) {
            URI url = versioned(catalog().endpoint(service.type, config.interfaceName(), config.region()), service.version);
            Authenticator auth = service == Service.COMPUTE ? new NovaMicroversion(token) : token;
            client = new JsonApiClient(url, auth, requestTimeout, pacer, new OpenStackErrors(service.label, null),
                    RateLimitSignals.retryAfterOnly(), retry, clock, stats);
            clients.put(service, client);
        }
        return client;
    }

    boolean offers(Service service) {
        return catalog().has(service.type);
    }

    /** The catalog URL with the service's API version appended unless it already ends with it ({@code /v2.0} for Neutron). */
    static URI versioned(URI url, String version) {
        String base = url.toString().replaceAll("/+$", "");
        return URI.create(version.isEmpty() || base.endsWith(version) ? base : base + version);
    }

    private synchronized IssuedToken issue() {
        KeystoneToken next = unused != null ? unused : keystone.issue();
        unused = null;
        latest = next;
        return next.issued();
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(JsonApiClient::close);
        identity.close();
    }
}
