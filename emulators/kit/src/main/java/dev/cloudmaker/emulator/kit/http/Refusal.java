package dev.cloudmaker.emulator.kit.http;

/** Why the pipeline answers a request itself, without a handler; the wire gives each the cloud's error body. */
public sealed interface Refusal {

    /** No credentials, unknown ones or revoked ones. */
    record Unauthenticated() implements Refusal {
    }

    /** Over the rate limit, or an injected {@code 429}. */
    record Throttled() implements Refusal {
    }

    /** An injected server error: 500, 502, 503 or 504. */
    record ServerError(int status) implements Refusal {
    }
}
