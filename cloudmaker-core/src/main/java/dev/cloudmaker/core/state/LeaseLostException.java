package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;

/** This run's lock is no longer its own, so it must not write state or change the cloud any more. */
public final class LeaseLostException extends CloudmakerException {
    public LeaseLostException(String message) {
        super(message);
    }
}
