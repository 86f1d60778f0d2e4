package dev.cloudmaker.aws;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Every SDK call goes through {@link #call}: EC2's and Route 53's error codes become {@link ApiException}s whose
 * {@link Kind} says what they mean, with the code, AWS's message and the request id, never a credential. A call that
 * got no answer is {@link Kind#TRANSPORT}, its outcome unknown when it would have changed something.
 */
final class AwsErrors {
    private static final Set<String> THROTTLED = Set.of("RequestLimitExceeded", "Throttling", "ThrottlingException",
            "TooManyRequestsException", "PriorRequestNotComplete", "EC2ThrottledException");
    private static final Set<String> AUTH = Set.of("AuthFailure", "UnauthorizedOperation", "InvalidClientTokenId",
            "SignatureDoesNotMatch", "MissingAuthenticationToken", "IncompleteSignature", "OptInRequired",
            "AccessDenied", "AccessDeniedException", "ExpiredToken", "RequestExpired");
    private static final Set<String> CONFLICT = Set.of("IncorrectInstanceState", "IncorrectState",
            "IdempotentParameterMismatch", "InvalidChangeBatch", "HostedZoneAlreadyExists", "HostedZoneNotEmpty",
            "DependencyViolation", "InvalidPermission.Duplicate", "InvalidGroup.Duplicate", "InvalidKeyPair.Duplicate",
            "InvalidAMIName.Duplicate", "ConflictingDomainExists");

    private AwsErrors() {
    }

    /** Runs one SDK call; {@code what} names it in messages ({@code "EC2 RunInstances"}). */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(what, e);
        }
    }

    static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    /** The call's result, or empty when AWS says the thing is not there. */
    static <T> Optional<T> orEmpty(String what, Supplier<T> call) {
        try {
            return Optional.ofNullable(call(what, call));
        } catch (ApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static ApiException translate(String what, SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            Kind kind = kind(code, service.statusCode());
            String hint = kind == Kind.AUTH ? "; check the provider's access_key_id/secret_access_key or profile "
                    + "(security.json, AWS_ACCESS_KEY_ID, AWS_PROFILE) and the IAM permissions for this call" : "";
            return new ApiException(what + " failed: " + code + ": " + message + hint, kind, service.statusCode(), code,
                    service.requestId(), false, e);
        }
        if (e instanceof SdkClientException && e.getMessage() != null && e.getMessage().contains("credentials")) {
            return new ApiException(what + " has no AWS credentials: give access_key_id and secret_access_key (or "
                    + "profile) in the provider's section of security.json, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY "
                    + "or AWS_PROFILE", Kind.AUTH, 0, "NoCredentials", null, false, e);
        }
        String operation = what.substring(what.indexOf(' ') + 1);
        return new ApiException(what + " got no answer: " + e.getMessage(), Kind.TRANSPORT, 0, null, null,
                CallCounter.mutating(operation), e);
    }

    static Kind kind(String code, int status) {
        if (code == null) {
            return Kind.ofStatus(status);
        }
        if (code.endsWith(".NotFound") || code.startsWith("NoSuch") || code.equals("InvalidInstanceID.Malformed")) {
            return Kind.NOT_FOUND;
        }
        if (THROTTLED.contains(code)) {
            return Kind.THROTTLED;
        }
        if (AUTH.contains(code)) {
            return Kind.AUTH;
        }
        if (CONFLICT.contains(code) || code.endsWith(".Duplicate") || code.endsWith(".InUse")) {
            return Kind.CONFLICT;
        }
        return status >= 500 ? Kind.SERVER : Kind.INVALID;
    }
}
