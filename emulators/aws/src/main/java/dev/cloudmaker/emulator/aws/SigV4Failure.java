package dev.cloudmaker.emulator.aws;

/**
 * Why a request's SigV4 signature was refused, in AWS's words; the wire gives it EC2's or Route 53's shape.
 *
 * @see SigV4Verifier
 */
final class SigV4Failure extends RuntimeException {
    private final String code;

    SigV4Failure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    /** EC2's status for the code: 401 for bad credentials, 403 for none, 400 for a malformed or expired one. */
    int ec2Status() {
        return switch (code) {
            case "AuthFailure" -> 401;
            case "MissingAuthenticationToken" -> 403;
            default -> 400;
        };
    }

    /** Route 53 answers every signature problem with 403. */
    int route53Status() {
        return 403;
    }

    /** Route 53 names a bad signature or key as such where EC2 says {@code AuthFailure}. */
    String route53Code() {
        return code.equals("AuthFailure") ? (getMessage().startsWith("The security token") ? "InvalidClientTokenId"
                : "SignatureDoesNotMatch") : code;
    }
}
