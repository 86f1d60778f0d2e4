package dev.cloudmaker.core;

import java.time.Duration;
import java.util.Optional;

/**
 * A cloud API call failed. {@code status} is 0 when no HTTP answer arrived (reset, timeout);
 * {@code outcomeUnknown} says the request may have been carried out although no answer came,
 * which is why creates are found again by tag and name instead of being retried blindly.
 * The {@link Kind} is what the failure means, whatever status and body the cloud used to say it:
 * retries and callers read it instead of raw status codes.
 */
public class ApiException extends CloudmakerException {

    /** What a failure means, as the provider's error decoder reads its cloud's answer. */
    public enum Kind {
        /** The resource is not there (DigitalOcean's 404, EC2's 400 {@code InvalidInstanceID.NotFound}). */
        NOT_FOUND,
        /** The resource's current state refuses the request (in use, busy, already there). */
        CONFLICT,
        /** Too many requests: nothing was done, so sending again later is safe, whatever the method. */
        THROTTLED,
        /** The request itself is wrong; sending it again gives the same answer. */
        INVALID,
        /** The credentials were refused or do not allow this. */
        AUTH,
        /** The server failed; an idempotent request may be sent again. */
        SERVER,
        /** No HTTP answer arrived (reset, timeout, refused connection). */
        TRANSPORT;

        /**
         * The plain HTTP reading of a status, for clouds whose statuses say it all. A 501 is
         * {@link #INVALID}: the server does not implement the request, so asking again cannot help.
         */
        public static Kind ofStatus(int status) {
            return switch (status) {
                case 401, 403 -> AUTH;
                case 404 -> NOT_FOUND;
                case 409 -> CONFLICT;
                case 429 -> THROTTLED;
                case 501 -> INVALID;
                default -> status >= 500 ? SERVER : INVALID;
            };
        }
    }

    private final Kind kind;
    private final int status;
    private final String errorId;
    private final String requestId;
    private final boolean outcomeUnknown;
    private final Duration retryAfter;

    public ApiException(String message, Kind kind, int status, String errorId, String requestId,
                        boolean outcomeUnknown, Throwable cause) {
        this(message, kind, status, errorId, requestId, outcomeUnknown, null, cause);
    }

    private ApiException(String message, Kind kind, int status, String errorId, String requestId,
                         boolean outcomeUnknown, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.errorId = errorId;
        this.requestId = requestId;
        this.outcomeUnknown = outcomeUnknown;
        this.retryAfter = retryAfter;
    }

    /** The same failure, saying how long the server asked to wait before sending again (kept for {@link Kind#THROTTLED} only). */
    public ApiException withRetryAfter(Duration after) {
        Duration kept = kind == Kind.THROTTLED ? after : null;
        ApiException copy = new ApiException(getMessage(), kind, status, errorId, requestId, outcomeUnknown, kept, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** The API's own error id, e.g. {@code not_found}, {@code unprocessable_entity}; may be null. */
    public String errorId() {
        return errorId;
    }

    public String requestId() {
        return requestId;
    }

    /** Whether the same request may succeed when sent again later. */
    public boolean retryable() {
        return kind == Kind.THROTTLED || kind == Kind.SERVER || kind == Kind.TRANSPORT;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** How long a throttled request should wait before it is sent again, when the server said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean isNotFound() {
        return kind == Kind.NOT_FOUND;
    }
}
