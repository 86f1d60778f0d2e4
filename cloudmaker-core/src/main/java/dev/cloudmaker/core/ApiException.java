package dev.cloudmaker.core;

/**
 * A cloud API call failed. {@code status} is 0 when no HTTP answer arrived (reset, timeout);
 * {@code outcomeUnknown} says the request may have been carried out although no answer came,
 * which is why creates are found again by tag and name instead of being retried blindly.
 */
public class ApiException extends CloudmakerException {
    private final int status;
    private final String errorId;
    private final String requestId;
    private final boolean retryable;
    private final boolean outcomeUnknown;

    public ApiException(String message, int status, String errorId, String requestId,
                        boolean retryable, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorId = errorId;
        this.requestId = requestId;
        this.retryable = retryable;
        this.outcomeUnknown = outcomeUnknown;
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

    public boolean retryable() {
        return retryable;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
