package dev.cloudmaker.emulator.aws;

/** An EC2 error answer: {@code <Response><Errors><Error><Code>…}, with the status EC2 gives that code. */
final class Ec2Error extends RuntimeException {
    private final int status;
    private final String code;

    Ec2Error(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static Ec2Error invalid(String code, String message) {
        return new Ec2Error(400, code, message);
    }

    static Ec2Error parameter(String message) {
        return invalid("InvalidParameterValue", message);
    }

    static Ec2Error missing(String name) {
        return invalid("MissingParameter", "The request must contain the parameter " + name);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    byte[] body(String requestId) {
        return Xml.document("Response", null).open("Errors").open("Error").leaf("Code", code)
                .leaf("Message", getMessage()).close().close().leaf("RequestID", requestId).bytes();
    }
}
