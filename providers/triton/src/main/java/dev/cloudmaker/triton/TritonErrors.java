package dev.cloudmaker.triton;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.ErrorDecoder;
import dev.cloudmaker.core.http.Json;

/**
 * Reads CloudAPI's {@code {code, message}} error body into an {@link ApiException}. A 410 (a deleted machine)
 * reads as gone, like a 404; {@code InvalidState} and {@code InUseError} are conflicts; CloudAPI's 409 for a bad
 * argument ({@code InvalidArgument}, {@code MissingParameter}, ...) is an invalid request, not a conflict; a refused
 * signature is a credentials error that says what to check, never showing the key.
 */
final class TritonErrors implements ErrorDecoder {
    private final String keyId;

    TritonErrors(String keyId) {
        this.keyId = keyId;
    }

    @Override
    public ApiException decode(ApiRequest request, ApiResponse response) {
        ErrorDto body = body(response);
        int status = response.status();
        String code = body.code();
        String requestId = response.header("request-id").orElse(null);
        Kind kind = kind(status, code);
        String text = "Triton CloudAPI " + request.describe() + " answered " + status + (code != null ? " " + code : "")
                + ": " + (body.message() != null ? body.message() : "no readable error body")
                + (requestId != null ? " (request id " + requestId + ")" : "")
                + (kind == Kind.AUTH ? credentialsHint() : "");
        return new ApiException(text, kind, status, code, requestId, status >= 500 && !request.idempotent(), null);
    }

    static Kind kind(int status, String code) {
        if (status == 410) {
            return Kind.NOT_FOUND;
        }
        if (code == null) {
            return Kind.ofStatus(status);
        }
        return switch (code) {
            case "ResourceNotFound" -> Kind.NOT_FOUND;
            case "InvalidState", "InUseError", "CannotDestroyMachineError" -> Kind.CONFLICT;
            case "InvalidArgument", "MissingParameter", "ValidationFailed", "KeyRequired", "InvalidVersion", "BadRequest" ->
                    Kind.INVALID;
            // a stale or unparseable Date is InvalidHeader: the signature, like a wrong key, is refused
            case "InvalidCredentials", "NotAuthorized", "InvalidHeader" -> Kind.AUTH;
            case "RequestThrottled", "TooManyRequests" -> Kind.THROTTLED;
            default -> Kind.ofStatus(status);
        };
    }

    /** What a refused signature means for the user: the key id, never the key. */
    private String credentialsHint() {
        return "; the request was signed with key " + keyId + ": check that key_id is the fingerprint of a key in "
                + "this account (triton key list), that the private key (private_key_file, or ~/.ssh) is the one "
                + "that key belongs to, that account is the right login, and that this machine's clock is right "
                + "(CloudAPI refuses a Date more than 300 s off)";
    }

    private static ErrorDto body(ApiResponse response) {
        try {
            ErrorDto dto = Json.MAPPER.treeToValue(response.json(), ErrorDto.class);
            return dto == null ? new ErrorDto(null, null) : dto;
        } catch (Exception notJson) {
            return new ErrorDto(null, null);
        }
    }
}
