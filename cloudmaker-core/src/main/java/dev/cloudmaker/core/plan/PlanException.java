package dev.cloudmaker.core.plan;

import dev.cloudmaker.core.CloudmakerException;

/** The plan cannot be made safely (a DNS conflict, two servers with one name); nothing was changed. */
public class PlanException extends CloudmakerException {
    public PlanException(String message) {
        super(message);
    }
}
