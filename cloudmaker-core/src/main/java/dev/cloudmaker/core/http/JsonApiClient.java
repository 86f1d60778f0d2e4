package dev.cloudmaker.core.http;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON requests with a bearer token, paced under the rate limit, and retried by one policy:
 * a 429 is always retried after {@code retry-after} (the server did nothing); 5xx answers and
 * broken connections are retried only for idempotent methods. A POST that fails that way raises
 * an {@link ApiException} with {@code outcomeUnknown}, so the caller looks before creating again.
 */
public final class JsonApiClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsonApiClient.class);

    private final URI baseUrl;
    private final Secret token;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final RequestPacer pacer;
    private final ErrorDecoder errors;
    private final RetrySettings retry;
    private final Clock clock;
    private final CallStats stats = new CallStats();

    public JsonApiClient(URI baseUrl, Secret token, Duration requestTimeout, RequestPacer pacer,
                         ErrorDecoder errors, RetrySettings retry, Clock clock) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.requestTimeout = requestTimeout;
        this.pacer = pacer;
        this.errors = errors;
        this.retry = retry;
        this.clock = clock;
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
    public ApiResponse send(ApiRequest request) {
        RetryPolicy<ApiResponse> policy = RetryPolicy.<ApiResponse>builder()
                .handleResultIf(r -> shouldRetry(request, r))
                .handleIf(e -> e instanceof IOException && request.idempotent())
                .withBackoff(retry.initialBackoff(), retry.maxBackoff())
                .withJitter(0.25)
                .withDelayFn(ctx -> retryAfter(ctx.getLastResult()).orElse(Duration.ofMillis(-1)))
                .withMaxRetries(retry.maxRetries())
                .withMaxDuration(retry.maxTotal())
                .onRetry(e -> {
                    stats.retried();
                    LOG.debug("retrying {} (attempt {}): {}", request.describe(), e.getAttemptCount() + 1,
                            e.getLastException() != null ? e.getLastException().toString() : "status " + e.getLastResult().status());
                })
                .build();
        ApiResponse response;
        try {
            response = Failsafe.with(policy).get(() -> attempt(request));
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw transportFailure(request, cause);
        }
        if (!response.ok()) {
            throw errors.decode(request, response);
        }
        return response;
    }

    private ApiResponse attempt(ApiRequest request) throws IOException, InterruptedException {
        HttpResponse<String> raw;
        long started;
        try (RequestPacer.Ticket ignored = pacer.acquire()) {
            stats.sent(request);
            started = System.nanoTime();
            raw = http.send(toHttp(request), HttpResponse.BodyHandlers.ofString());
        }
        ApiResponse response = new ApiResponse(raw.statusCode(), raw.headers(), raw.body());
        LOG.debug("{} -> {} in {} ms", request.describe(), raw.statusCode(), (System.nanoTime() - started) / 1_000_000);
        if (response.status() == 429) {
            stats.rateLimited();
            pacer.pauseUntil(clock.instant().plus(retryAfter(response).orElse(Duration.ofSeconds(1))));
        } else {
            reportQuota(response);
        }
        return response;
    }

    /** Hands the server's {@code ratelimit-*} headers to the pacer, when remaining and reset are there. */
    private void reportQuota(ApiResponse response) {
        long limit = response.header("ratelimit-limit").map(JsonApiClient::parseLong).orElse(0L);
        Long remaining = response.header("ratelimit-remaining").map(JsonApiClient::parseLong).orElse(null);
        Long reset = response.header("ratelimit-reset").map(JsonApiClient::parseLong).orElse(null);
        if (remaining != null && reset != null) {
            pacer.quota(limit, remaining, Instant.ofEpochSecond(reset));
        }
    }

    private HttpRequest toHttp(ApiRequest request) throws IOException {
        String base = baseUrl.toString().replaceAll("/+$", "");
        URI uri = URI.create(base + request.pathWithQuery());
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(request.body()));
        return HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token.reveal())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("User-Agent", "cloudmaker")
                .method(request.method(), body)
                .build();
    }

    private static boolean shouldRetry(ApiRequest request, ApiResponse r) {
        if (r.status() == 429) {
            return true;
        }
        boolean transientServerError = r.status() >= 500 && r.status() != 501;
        return transientServerError && request.idempotent();
    }

    private Optional<Duration> retryAfter(ApiResponse response) {
        if (response == null || response.status() != 429) {
            return Optional.empty();
        }
        Optional<Duration> fromHeader = response.header("retry-after").map(JsonApiClient::parseLong)
                .map(s -> Duration.ofSeconds(Math.max(0, s)));
        if (fromHeader.isPresent()) {
            return fromHeader;
        }
        return response.header("ratelimit-reset").map(JsonApiClient::parseLong)
                .map(reset -> Duration.between(clock.instant(), Instant.ofEpochSecond(reset)))
                .filter(d -> !d.isNegative());
    }

    private ApiException transportFailure(ApiRequest request, Throwable cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            throw new CloudmakerException("interrupted during " + request.describe(), cause);
        }
        String what = cause instanceof java.net.http.HttpTimeoutException ? "timed out" : "failed: " + cause;
        return new ApiException(request.describe() + " " + what
                + (request.idempotent() ? "" : " (the API may or may not have carried it out)"),
                0, null, null, true, !request.idempotent(), cause);
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
