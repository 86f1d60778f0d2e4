package dev.cloudmaker.emulator.digitalocean;

/** An API error answer: HTTP status plus the {@code id} and {@code message} of the JSON error body. */
final class ApiError extends RuntimeException {
    private final int status;
    private final String id;

    ApiError(int status, String id, String message) {
        super(message, null, false, false);
        this.status = status;
        this.id = id;
    }

    int status() {
        return status;
    }

    String id() {
        return id;
    }

    static ApiError notFound() {
        return new ApiError(404, "not_found", "The resource you were accessing could not be found.");
    }

    static ApiError unprocessable(String message) {
        return new ApiError(422, "unprocessable_entity", message);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }
}
