package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;

/** Some steps of a plan failed; the others were done. Running again finishes the work. */
public class ApplyException extends CloudmakerException {
    public ApplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
