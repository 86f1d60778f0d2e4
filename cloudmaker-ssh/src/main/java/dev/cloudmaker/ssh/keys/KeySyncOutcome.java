package dev.cloudmaker.ssh.keys;

import dev.cloudmaker.ssh.fleet.FailureReason;

/** What a sync did on one server: nothing, a rewrite adding and removing keys, or why it failed. */
public record KeySyncOutcome(String server, Kind kind, int added, int removed, String failure) {
    public enum Kind { UNCHANGED, UPDATED, FAILED }

    static KeySyncOutcome unchanged(String server) {
        return new KeySyncOutcome(server, Kind.UNCHANGED, 0, 0, null);
    }

    static KeySyncOutcome updated(String server, int added, int removed) {
        return new KeySyncOutcome(server, Kind.UPDATED, added, removed, null);
    }

    static KeySyncOutcome failed(String server, Throwable cause) {
        return new KeySyncOutcome(server, Kind.FAILED, 0, 0, FailureReason.of(server, cause));
    }

    public boolean failed() {
        return kind == Kind.FAILED;
    }

    /** {@code unchanged}, {@code updated (+1 -1)} or {@code failed: why}. */
    public String describe() {
        return switch (kind) {
            case UNCHANGED -> "unchanged";
            case UPDATED -> "updated (+" + added + " -" + removed + ")";
            case FAILED -> "failed: " + failure;
        };
    }
}
