package dev.cloudmaker.core.http;

import java.time.Duration;

/** How hard a client tries: backoff between attempts, how many retries, and the overall bound. */
public record RetrySettings(Duration connectTimeout, Duration initialBackoff, Duration maxBackoff,
                            int maxRetries, Duration maxTotal) {

    public static RetrySettings defaults() {
        return new RetrySettings(Duration.ofSeconds(10), Duration.ofMillis(250), Duration.ofSeconds(10), 8, Duration.ofMinutes(5));
    }
}
