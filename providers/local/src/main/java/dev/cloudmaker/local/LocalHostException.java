package dev.cloudmaker.local;

import dev.cloudmaker.core.CloudmakerException;

/** Something on this host stopped a local machine from being made, run or removed; the message says what to do. */
public class LocalHostException extends CloudmakerException {
    public LocalHostException(String message) {
        super(message);
    }

    public LocalHostException(String message, Throwable cause) {
        super(message, cause);
    }
}
