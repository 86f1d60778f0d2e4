package dev.cloudmaker.emulator.openstack;

import java.time.Instant;
import java.util.List;

/**
 * A Keystone token the emulator issued; the id itself is the secret the client sends in {@code X-Auth-Token}.
 *
 * @param applicationCredentialId the credential it was issued for, or null for a password token
 */
record Token(String id, List<String> methods, Instant issued, Instant expires, String applicationCredentialId) {
    Token {
        methods = List.copyOf(methods);
    }

    boolean validAt(Instant now) {
        return now.isBefore(expires);
    }

    @Override
    public String toString() {
        return "Token[methods=" + methods + ", expires=" + expires + "]";
    }
}
