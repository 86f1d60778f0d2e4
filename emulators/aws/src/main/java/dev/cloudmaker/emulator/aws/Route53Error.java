package dev.cloudmaker.emulator.aws;

/** A Route 53 error answer: {@code <ErrorResponse><Error><Type>Sender</Type><Code>…}. */
final class Route53Error extends RuntimeException {
    private final int status;
    private final String code;

    Route53Error(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static Route53Error noSuchZone(String id) {
        return new Route53Error(404, "NoSuchHostedZone", "No hosted zone found with ID: " + id);
    }

    static Route53Error invalidInput(String message) {
        return new Route53Error(400, "InvalidInput", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    byte[] body(String requestId) {
        return Xml.document("ErrorResponse", Xml.ROUTE53_NAMESPACE).open("Error")
                .leaf("Type", status >= 500 ? "Receiver" : "Sender").leaf("Code", code).leaf("Message", getMessage())
                .close().leaf("RequestId", requestId).bytes();
    }
}
