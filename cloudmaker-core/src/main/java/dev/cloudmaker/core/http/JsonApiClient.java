package dev.cloudmaker.core.http;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON requests, each authenticated by the provider's {@link Authenticator}, paced under the
 * rate limit, and retried by one policy that reads the {@link ApiException.Kind} the provider's
 * {@link ErrorDecoder} gives an answer: {@code THROTTLED} is always retried after the wait the
 * server asked for (it did nothing); {@code SERVER} answers and broken connections only for
 * idempotent methods. A POST that fails that way raises an {@link ApiException} with
 * {@code outcomeUnknown}, so the caller looks before creating again. A 401 is sent once more when the
 * authenticator could renew its credentials.
 */
public final class JsonApiClient implements ApiTransport, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsonApiClient.class);
    /** How long everyone waits after a throttled answer that does not say. */
    private static final Duration DEFAULT_THROTTLE_PAUSE = Duration.ofSeconds(1);

    private final URI baseUrl;
    private final Authenticator auth;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final RequestPacer pacer;
    private final ErrorDecoder errors;
    private final RateLimitSignals rateLimits;
    private final RetrySettings retry;
    private final Clock clock;
    private final CallStats stats;

    public JsonApiClient(URI baseUrl, Authenticator auth, Duration requestTimeout, RequestPacer pacer,
                         ErrorDecoder errors, RateLimitSignals rateLimits, RetrySettings retry, Clock clock) {
        this(baseUrl, auth, requestTimeout, pacer, errors, rateLimits, retry, clock,
                new CallStats(baseUrl.getHost() == null ? baseUrl.toString() : baseUrl.getHost()));
    }

    /**
     * A client counting into {@code stats}, which it may share with the clients of a cloud's other services (OpenStack's
     * Nova, Glance, Neutron and Designate are one provider with one set of counts).
     */
    public JsonApiClient(URI baseUrl, Authenticator auth, Duration requestTimeout, RequestPacer pacer,
                         ErrorDecoder errors, RateLimitSignals rateLimits, RetrySettings retry, Clock clock, CallStats stats) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.requestTimeout = requestTimeout;
        this.pacer = pacer;
        this.errors = errors;
        this.rateLimits = rateLimits;
        this.retry = retry;
        this.clock = clock;
        this.stats = stats;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(retry.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public CallStats stats() {
        return stats;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Sends the request (with retries) and returns a 2xx answer, or throws the decoded {@link ApiException}. */
    @Override
    public ApiResponse send(ApiRequest request) {
        AtomicInteger retries = new AtomicInteger();
        long started = System.nanoTime();
        RetryPolicy<ApiResponse> policy = RetryPolicy.<ApiResponse>builder()
                .handleIf(e -> worthRetrying(request, e))
                .withBackoff(retry.initialBackoff(), retry.maxBackoff())
                .withJitter(0.25)
                .withDelayFn(ctx -> ctx.getLastException() instanceof ApiException e && e.retryAfter().isPresent()
                        ? e.retryAfter().get() : Duration.ofMillis(-1))
                .withMaxRetries(retry.maxRetries())
                .withMaxDuration(retry.maxTotal())
                .onRetry(e -> {
                    retries.incrementAndGet();
                    String why = e.getLastException() instanceof ApiException answer ? "status " + answer.status()
                            : TransportFailures.plain(e.getLastException());
                    stats.retried(why);
                    LOG.debug("retrying {} at {} (attempt {}): {}", request.describe(), baseUrl, e.getAttemptCount() + 1, why);
                })
                .build();
        try {
            return Failsafe.with(policy).get(() -> attempt(request));
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw transportFailure(request, cause, retries.get(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static boolean worthRetrying(ApiRequest request, Throwable failure) {
        if (failure instanceof ApiException e) {
            return e.kind() == ApiException.Kind.THROTTLED || (e.kind() == ApiException.Kind.SERVER && request.idempotent());
        }
        return failure instanceof IOException && request.idempotent();
    }

    /** One attempt: a 2xx answer, or the decoded failure (a throttled one pauses every sender first). */
    private ApiResponse attempt(ApiRequest request) throws IOException, InterruptedException {
        Exchange exchange = exchange(request);
        if (exchange.response().status() == 401 && auth.renewAfterRejection(exchange.sent())) {
            stats.retried("credentials renewed");
            LOG.debug("sending {} again with renewed credentials", request.describe());
            exchange = exchange(request);
        }
        ApiResponse response = exchange.response();
        ApiException failure = response.ok() ? null : errors.decode(request, response);
        if (failure != null && failure.kind() == ApiException.Kind.THROTTLED) {
            stats.rateLimited();
            Instant now = clock.instant();
            Optional<Duration> wait = rateLimits.retryAfter(response, now);
            pacer.pauseUntil(now.plus(wait.orElse(DEFAULT_THROTTLE_PAUSE)));
            throw wait.map(failure::withRetryAfter).orElse(failure);
        }
        rateLimits.quota(response).ifPresent(q -> pacer.quota(q.limit(), q.remaining(), q.reset()));
        if (failure != null) {
            throw failure;
        }
        return response;
    }

    /** The request as it went out (after pacing, so its credentials are fresh) and its answer. */
    private record Exchange(HttpRequest sent, ApiResponse response) {
    }

    private Exchange exchange(ApiRequest request) throws IOException, InterruptedException {
        HttpRequest sent;
        HttpResponse<String> raw;
        long started;
        try (RequestPacer.Ticket ignored = pacer.acquire()) {
            sent = toHttp(request);
            stats.sent(request);
            started = System.nanoTime();
            raw = http.send(sent, HttpResponse.BodyHandlers.ofString());
        }
        LOG.debug("{} -> {} in {} ms", request.describe(), raw.statusCode(), (System.nanoTime() - started) / 1_000_000);
        return new Exchange(sent, new ApiResponse(raw.statusCode(), raw.headers(), raw.body()));
    }

    private HttpRequest toHttp(ApiRequest request) throws IOException {
        String base = baseUrl.toString().replaceAll("/+$", "");
        URI uri = URI.create(base + request.pathWithQuery());
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(request.body()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(requestTimeout);
        auth.authenticate(builder, request.method(), uri);
        return builder
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("User-Agent", "cloudmaker")
                .method(request.method(), body)
                .build();
    }

    /** One plain sentence: the URL, the cause in words, and the retries it took to give up (the exception stays the cause, for -v). */
    private ApiException transportFailure(ApiRequest request, Throwable cause, int retries, Duration took) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            throw new CloudmakerException("interrupted during " + request.describe(), cause);
        }
        String tried = retries == 0 ? "" : " (gave up after " + retries + (retries == 1 ? " retry" : " retries")
                + (took.toSeconds() > 0 ? " over " + dev.cloudmaker.core.time.Durations.format(took) : "") + ")";
        return new ApiException("could not reach the API at " + baseUrl + " for " + request.describe() + ": "
                + TransportFailures.plain(cause) + tried
                + (request.idempotent() ? "" : "; the API may or may not have carried it out"),
                ApiException.Kind.TRANSPORT, 0, null, null, !request.idempotent(), cause);
    }

    @Override
    public void close() {
        http.close();
    }
}
