package dev.cloudmaker.ssh.bootstrap.role;

import dev.cloudmaker.core.CloudmakerException;

/** A role cannot be used as declared: its Java class or one of its local files is missing or wrong. */
public final class RoleException extends CloudmakerException {
    public RoleException(String message) {
        super(message);
    }

    public RoleException(String message, Throwable cause) {
        super(message, cause);
    }
}
