package dev.cloudmaker.core.model.role;

/**
 * A command a role runs as root, made idempotent the way Ansible's command module is: skipped when
 * the path {@code creates} exists, or when the command {@code unless} succeeds. Both may be null, in
 * which case the command runs on every bootstrap and must be idempotent itself.
 */
public record CommandSpec(String run, String creates, String unless) {
}
