package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.core.CloudmakerException;

/** The server runs an operating system the bootstrap has no strategy for. */
public final class UnsupportedDistroException extends CloudmakerException {
    public UnsupportedDistroException(String message) {
        super(message);
    }
}
