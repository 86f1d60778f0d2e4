package dev.cloudmaker.core.http;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what a client sent: every attempt, the mutating ones, retries and rate-limit answers. */
public final class CallStats {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong mutating = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();

    void sent(ApiRequest request) {
        requests.incrementAndGet();
        if (request.mutating()) {
            mutating.incrementAndGet();
        }
    }

    void retried() {
        retries.incrementAndGet();
    }

    void rateLimited() {
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
}
