package dev.cloudmaker.cli;

import dev.cloudmaker.core.CloudmakerException;

/** Wrong usage found after parsing (options that exclude each other, an unknown name); exits 64. */
public final class UsageException extends CloudmakerException {
    public UsageException(String message) {
        super(message);
    }
}
