package dev.cloudmaker.core;

/** A bounded wait ran out; the message names what was awaited, its last state and the time waited. */
public class WaitTimeoutException extends CloudmakerException {
    public WaitTimeoutException(String message) {
        super(message);
    }
}
