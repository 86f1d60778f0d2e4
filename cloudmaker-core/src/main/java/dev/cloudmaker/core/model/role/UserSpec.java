package dev.cloudmaker.core.model.role;

import java.util.List;

/** A login user a role wants: extra groups, public keys allowed to log in, and whether it may sudo. */
public record UserSpec(String name, List<String> groups, List<String> sshKeys, boolean sudo) {
    public UserSpec {
        groups = List.copyOf(groups);
        sshKeys = List.copyOf(sshKeys);
    }
}
