package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An error answer in CloudAPI's shape, {@code {"code": ..., "message": ...}}, or with a body of its own (a deleted
 * machine's 410 carries the machine).
 */
final class TritonError extends RuntimeException {
    private final int status;
    private final String code;
    private final transient JsonNode body;

    TritonError(int status, String code, String message) {
        this(status, code, message, null);
    }

    private TritonError(int status, String code, String message, JsonNode body) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.body = body;
    }

    static TritonError notFound(String message) {
        return new TritonError(404, "ResourceNotFound", message);
    }

    static TritonError invalidArgument(String message) {
        return new TritonError(409, "InvalidArgument", message);
    }

    static TritonError missingParameter(String message) {
        return new TritonError(409, "MissingParameter", message);
    }

    static TritonError invalidState(String message) {
        return new TritonError(409, "InvalidState", message);
    }

    static TritonError invalidCredentials(String message) {
        return new TritonError(401, "InvalidCredentials", message);
    }

    static TritonError invalidHeader(String message) {
        return new TritonError(400, "InvalidHeader", "Authorization header invalid: " + message);
    }

    /** A deleted machine: 410 with the machine itself as the body, as CloudAPI answers. */
    static TritonError gone(JsonNode machine) {
        return new TritonError(410, "ResourceNotFound", "VM has been deleted", machine);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The body to send: the error's own, else {@code {code, message}}. */
    JsonNode body() {
        return body != null ? body : Json.object().put("code", code).put("message", getMessage());
    }
}
