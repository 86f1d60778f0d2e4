package dev.cloudmaker.core.http;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what a client sent: every attempt, the mutating ones, retries (and why the last one was) and rate-limit answers. */
public final class CallStats {
    private final String host;
    private volatile String lastRetryCause = "";
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong mutating = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();

    void sent(ApiRequest request) {
        sent(request.mutating());
    }

    /** Counts one attempt sent by a client that is not a {@link JsonApiClient} (a cloud's own SDK). */
    public void sent(boolean mutatingRequest) {
        requests.incrementAndGet();
        if (mutatingRequest) {
            mutating.incrementAndGet();
        }
    }

    /** Counts for a client of an API that is not reached over the network. */
    public CallStats() {
        this("the API");
    }

    public CallStats(String host) {
        this.host = host;
    }

    /** Counts one attempt that was a retry, and why. */
    public void retried(String cause) {
        lastRetryCause = cause;
        retries.incrementAndGet();
    }

    /** Counts one answer that said the client sent too much. */
    public void rateLimited() {
        rateLimited.incrementAndGet();
    }

    public long requests() {
        return requests.get();
    }

    public long mutating() {
        return mutating.get();
    }

    public long retries() {
        return retries.get();
    }

    public long rateLimitedAnswers() {
        return rateLimited.get();
    }

    /** {@code 3 retries against api.digitalocean.com (connection refused)}, or empty when nothing was retried. */
    public Optional<String> retrySummary() {
        long n = retries.get();
        return n == 0 ? Optional.empty()
                : Optional.of(n + (n == 1 ? " retry" : " retries") + " against " + host + " (last: " + lastRetryCause + ")");
    }
}
