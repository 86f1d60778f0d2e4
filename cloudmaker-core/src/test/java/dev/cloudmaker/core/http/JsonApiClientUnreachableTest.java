package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.time.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 6: an API that refuses connections ends, after the retry budget (a short one here, so
 * nothing waits), in one plain sentence naming the URL and the cause, never an exception's class name.
 */
class JsonApiClientUnreachableTest {
    private static final RetrySettings SHORT = new RetrySettings(Duration.ofSeconds(2), Duration.ofMillis(1), Duration.ofMillis(2),
            3, Duration.ofSeconds(30));

    @Test
    void aRefusedConnectionIsOnePlainSentenceNamingTheUrlAndTheRetries() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/v2");
        MutableClock clock = new MutableClock(Instant.parse("2026-03-05T07:00:00Z"));
        try (JsonApiClient client = new JsonApiClient(closed, Authenticator.NONE, Duration.ofSeconds(2),
                new RequestPacer(1000, Duration.ofMinutes(1), clock, clock::advance), LocalApi.DECODER,
                RateLimitSignals.retryAfterOnly(), SHORT, clock)) {
            assertThatThrownBy(() -> client.send(ApiRequest.get("/account")))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getMessage()).startsWith("could not reach the API at " + closed + " for GET /account: connection refused")
                                .contains("gave up after 3 retries")
                                .doesNotContain("Exception", "java.", "\n");
                        assertThat(e.kind()).isEqualTo(ApiException.Kind.TRANSPORT);
                    });
            assertThat(client.stats().retrySummary()).hasValue("3 retries against 127.0.0.1 (last: connection refused)");
        }
    }

    @Test
    void aClientThatNeverRetriedHasNoSummary() {
        assertThat(new CallStats("api.example.com").retrySummary()).isEmpty();
    }

    /** A loopback port nothing listens on: bound, then closed. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
