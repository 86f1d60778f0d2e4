package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.LocalApi.Answer;
import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client retries by the kind the provider's decoder gives an answer, not by its status code. */
class JsonApiClientRetryTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T07:00:00Z"));
    private final AtomicInteger answered = new AtomicInteger();

    /** EC2's way: a throttled request is a 503 whose body says {@code RequestLimitExceeded}. */
    private static final ErrorDecoder EC2_LIKE = (request, response) -> new ApiException("answered " + response.status(),
            response.body().contains("RequestLimitExceeded") ? Kind.THROTTLED
                    : response.body().contains(".NotFound") ? Kind.NOT_FOUND : Kind.ofStatus(response.status()),
            response.status(), null, null, false, null);

    @Test
    void aServerFailureIsRetriedForAnIdempotentRequest() {
        try (LocalApi api = new LocalApi(r -> answered.incrementAndGet() <= 2 ? Answer.of(503, "{}") : Answer.of(200, "{}"));
             JsonApiClient client = api.client(new BearerToken(Secret.of("t")), clock)) {
            client.send(ApiRequest.get("/things"));

            assertThat(api.received).hasSize(3);
            assertThat(client.stats().retries()).isEqualTo(2);
        }
    }

    @Test
    void aServerFailureOfAPostIsNotRetriedAndItsOutcomeIsUnknown() {
        try (LocalApi api = new LocalApi(r -> Answer.of(500, "{}"));
             JsonApiClient client = api.client(new BearerToken(Secret.of("t")), clock)) {
            assertThatThrownBy(() -> client.send(ApiRequest.post("/things", Json.object())))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.SERVER);
                        assertThat(e.outcomeUnknown()).isTrue();
                    });
            assertThat(api.received).hasSize(1);
        }
    }

    @Test
    void aThrottledPostIsRetriedWhateverStatusSaidIt() {
        try (LocalApi api = new LocalApi(r -> answered.incrementAndGet() == 1
                     ? Answer.of(503, "<Code>RequestLimitExceeded</Code>").with("Retry-After", "0") : Answer.of(200, "{}"));
             JsonApiClient client = client(api, EC2_LIKE, new CopyOnWriteArrayList<>(), LocalApi.QUICK)) {
            client.send(ApiRequest.post("/things", Json.object()));

            assertThat(api.received).hasSize(2);
            assertThat(client.stats().rateLimitedAnswers()).isEqualTo(1);
        }
    }

    @Test
    void aThrottledAnswerCarriesItsRetryAfterAndPausesTheNextRequest() {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        RetrySettings noRetries = new RetrySettings(Duration.ofSeconds(5), Duration.ofMillis(1), Duration.ofMillis(2), 0,
                Duration.ofSeconds(30));
        try (LocalApi api = new LocalApi(r -> answered.incrementAndGet() == 1
                     ? Answer.of(429, "{}").with("Retry-After", "7") : Answer.of(200, "{}"));
             JsonApiClient client = client(api, LocalApi.DECODER, waits, noRetries)) {
            assertThatThrownBy(() -> client.send(ApiRequest.get("/things")))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.THROTTLED);
                        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
                    });
            assertThat(waits).isEmpty();

            client.send(ApiRequest.get("/things"));
            assertThat(waits).containsExactly(Duration.ofSeconds(7));
        }
    }

    @Test
    void aNotFoundInTheBodyIsNotFoundWhateverTheStatus() {
        try (LocalApi api = new LocalApi(r -> Answer.of(400, "<Code>InvalidInstanceID.NotFound</Code>"));
             JsonApiClient client = client(api, EC2_LIKE, new CopyOnWriteArrayList<>(), LocalApi.QUICK)) {
            assertThat(ApiCalls.orEmpty(() -> client.send(ApiRequest.get("/instances/i-0abc")))).isEmpty();
            assertThat(api.received).hasSize(1);
        }
    }

    @Test
    void refusedBearerCredentialsAreNotSentAgain() {
        try (LocalApi api = new LocalApi(r -> Answer.of(401, "{}"));
             JsonApiClient client = api.client(new BearerToken(Secret.of("t")), clock)) {
            assertThatThrownBy(() -> client.send(ApiRequest.get("/things")))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH));
            assertThat(api.received).hasSize(1);
            assertThat(api.received.get(0).header("Authorization")).isEqualTo("Bearer t");
        }
    }

    /** A client whose pacer records its waits (and moves the clock by them instead of sleeping). */
    private JsonApiClient client(LocalApi api, ErrorDecoder errors, List<Duration> waits, RetrySettings retry) {
        RequestPacer pacer = new RequestPacer(1000, Duration.ofMinutes(1), clock, d -> {
            waits.add(d);
            clock.advance(d);
        });
        return new JsonApiClient(api.url(), Authenticator.NONE, Duration.ofSeconds(5), pacer, errors,
                RateLimitSignals.retryAfterOnly(), retry, clock);
    }
}
