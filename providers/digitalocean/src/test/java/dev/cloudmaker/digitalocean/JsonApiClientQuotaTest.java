package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.BearerToken;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.time.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client hands DigitalOcean's {@code ratelimit-*} headers ({@link DigitalOceanRateLimits}) to its
 * pacer: a quota nearly used up (by any client of the token) spaces the next requests out, before any 429.
 */
class JsonApiClientQuotaTest {
    private final AtomicInteger remaining = new AtomicInteger(4000);
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.now());
    private HttpServer server;

    private JsonApiClient client() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("ratelimit-limit", "5000");
            ex.getResponseHeaders().set("ratelimit-remaining", Integer.toString(remaining.get()));
            ex.getResponseHeaders().set("ratelimit-reset", Long.toString(clock.instant().plusSeconds(600).getEpochSecond()));
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        // a pacer whose waits are recorded and advance the clock instead of sleeping: the test sees how
        // long it would hold each request back
        RequestPacer pacer = new RequestPacer(List.of(new RequestPacer.Limit(240, Duration.ofMinutes(1)),
                new RequestPacer.Limit(4800, Duration.ofHours(1))), clock, d -> {
                    pauses.add(d);
                    clock.advance(d);
                });
        return new JsonApiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), new BearerToken(Secret.of("t")),
                Duration.ofSeconds(5), pacer, new DigitalOceanErrors(), new DigitalOceanRateLimits(), RetrySettings.defaults(), clock);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aNearlyUsedUpQuotaSpacesRequestsOutBeforeAny429() throws IOException {
        try (JsonApiClient client = client()) {
            client.send(ApiRequest.get("/v2/account"));
            client.send(ApiRequest.get("/v2/account"));
            assertThat(pauses).as("plenty of quota: no waiting").isEmpty();

            remaining.set(40); // another tool has used the token's hour
            client.send(ApiRequest.get("/v2/account"));
            client.send(ApiRequest.get("/v2/account"));
            // 4,800 an hour is one request per 750 ms: the request after the low report waits that long after the one before
            assertThat(pauses).isNotEmpty();
            assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus))
                    .isBetween(Duration.ofMillis(200), Duration.ofMillis(760));
        }
    }
}
