package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.LocalApi.Answer;
import dev.cloudmaker.core.http.LocalApi.Received;
import dev.cloudmaker.core.time.MutableClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Keystone-like local server hands out tokens ({@code POST /v3/auth/tokens}: {@code X-Subject-Token},
 * {@code expires_at}) and takes only the newest on {@code X-Auth-Token}; the issuer asks it through a
 * client of its own, as a provider would.
 */
class ReauthenticatingTokenTest {
    private static final String TOKENS = "/v3/auth/tokens";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T07:00:00Z"));
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String accepted = "";
    private volatile Duration lifetime = Duration.ofHours(1);
    /** The account's credentials are revoked: no token is taken, however new. */
    private volatile boolean refuseAll;
    private final LocalApi api = new LocalApi(this::answer);
    private final JsonApiClient identity = api.client(Authenticator.NONE, clock);

    private Answer answer(Received r) {
        if (r.method().equals("POST") && r.target().equals(TOKENS)) {
            String token = "tok-" + issued.incrementAndGet();
            accepted = token;
            return Answer.of(201, "{\"token\":{\"expires_at\":\"" + clock.instant().plus(lifetime) + "\"}}")
                    .with("X-Subject-Token", token);
        }
        return !refuseAll && accepted.equals(r.header("X-Auth-Token")) ? Answer.of(200, "{\"servers\":[]}")
                : Answer.of(401, "{\"error\":{\"code\":401,\"message\":\"The request you have made requires authentication.\"}}");
    }

    private IssuedToken issue() {
        ApiResponse answer = identity.send(ApiRequest.post(TOKENS, Json.object()));
        return new IssuedToken(Secret.of(answer.header("X-Subject-Token").orElseThrow()),
                Instant.parse(answer.json().path("token").path("expires_at").asText()));
    }

    private JsonApiClient compute() {
        return api.client(new ReauthenticatingToken("X-Auth-Token", this::issue, Duration.ofMinutes(2), clock), clock);
    }

    @AfterEach
    void stop() {
        identity.close();
        api.close();
    }

    @Test
    void aTokenTheServerNoLongerTakesIsRenewedAndTheRequestSentOnceMore() {
        try (JsonApiClient client = compute()) {
            client.send(ApiRequest.get("/servers"));
            accepted = "revoked";
            client.send(ApiRequest.get("/servers"));

            assertThat(api.received).extracting(ReauthenticatingTokenTest::line).containsExactly(
                    "POST /v3/auth/tokens", "GET /servers tok-1", "GET /servers tok-1", "POST /v3/auth/tokens", "GET /servers tok-2");
            assertThat(client.stats().retries()).isEqualTo(1);
        }
    }

    @Test
    void credentialsStillRefusedAfterOneRenewalFailWithoutMoreTries() {
        refuseAll = true;
        try (JsonApiClient client = compute()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get("/servers")))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTH));
            assertThat(api.received).extracting(ReauthenticatingTokenTest::line).containsExactly(
                    "POST /v3/auth/tokens", "GET /servers tok-1", "POST /v3/auth/tokens", "GET /servers tok-2");
        }
    }

    @Test
    void aTokenIsRenewedBeforeItExpires() {
        lifetime = Duration.ofMinutes(10);
        try (JsonApiClient client = compute()) {
            client.send(ApiRequest.get("/servers"));
            clock.advance(Duration.ofMinutes(7));
            client.send(ApiRequest.get("/servers"));
            clock.advance(Duration.ofMinutes(1)); // two minutes left: renewed before use
            client.send(ApiRequest.get("/servers"));

            assertThat(api.received).extracting(ReauthenticatingTokenTest::line).containsExactly(
                    "POST /v3/auth/tokens", "GET /servers tok-1", "GET /servers tok-1",
                    "POST /v3/auth/tokens", "GET /servers tok-2");
        }
    }

    @Test
    void aRefusalOfATokenAlreadyReplacedKeepsTheNewOne() {
        List<String> tokens = List.of("tok-a", "tok-b", "tok-c");
        AtomicInteger next = new AtomicInteger();
        ReauthenticatingToken auth = new ReauthenticatingToken("X-Auth-Token",
                () -> new IssuedToken(Secret.of(tokens.get(next.getAndIncrement())), clock.instant().plus(Duration.ofHours(1))),
                Duration.ofMinutes(2), clock);
        HttpRequest first = signed(auth);
        HttpRequest second = signed(auth); // both went out with tok-a and both come back 401

        assertThat(auth.renewAfterRejection(first)).isTrue();
        assertThat(signed(auth).headers().firstValue("X-Auth-Token")).hasValue("tok-b");
        assertThat(auth.renewAfterRejection(second)).as("worth sending again, with tok-b").isTrue();
        assertThat(signed(auth).headers().firstValue("X-Auth-Token")).hasValue("tok-b");
        assertThat(next.get()).as("tokens asked for").isEqualTo(2);
    }

    private static HttpRequest signed(Authenticator auth) {
        URI uri = URI.create("http://127.0.0.1/servers");
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        auth.authenticate(builder, "GET", uri);
        return builder.build();
    }

    private static String line(Received r) {
        String token = r.header("X-Auth-Token");
        return r.method() + " " + r.target() + (token == null ? "" : " " + token);
    }
}
