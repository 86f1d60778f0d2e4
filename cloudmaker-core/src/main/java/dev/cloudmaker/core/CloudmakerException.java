package dev.cloudmaker.core;

/** Root of every error the library throws; the CLI maps each subtype to an exit code in one place. */
public class CloudmakerException extends RuntimeException {
    public CloudmakerException(String message) {
        super(message);
    }

    public CloudmakerException(String message, Throwable cause) {
        super(message, cause);
    }
}
