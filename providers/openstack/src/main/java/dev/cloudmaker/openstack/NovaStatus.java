package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.ServerStatus;

/**
 * Nova's {@code status} as cloudmaker reasons about it: BUILD is new, ERROR has failed, SHUTOFF (and a paused,
 * suspended or shelved server) is off, a shelved-offloaded one is archived; REBOOT, RESIZE, VERIFY_RESIZE and the
 * other passing states are a running server that is busy (locked) until they end.
 */
final class NovaStatus {
    private NovaStatus() {
    }

    static ServerStatus of(String status) {
        return switch (status == null ? "" : status) {
            case "BUILD", "REBUILD" -> ServerStatus.NEW;
            case "ACTIVE", "REBOOT", "HARD_REBOOT", "RESIZE", "VERIFY_RESIZE", "REVERT_RESIZE", "MIGRATING", "PASSWORD",
                 "RESCUE" -> ServerStatus.ACTIVE;
            case "SHUTOFF", "PAUSED", "SUSPENDED", "SHELVED" -> ServerStatus.OFF;
            case "SHELVED_OFFLOADED" -> ServerStatus.ARCHIVED;
            case "ERROR" -> ServerStatus.FAILED;
            default -> ServerStatus.UNKNOWN;
        };
    }

    /** A state that ends by itself, or a task still running on the server: another action would be refused (409). */
    static boolean busy(String status, String taskState) {
        return taskState != null && !taskState.isEmpty() && !taskState.equals("null")
                || switch (status == null ? "" : status) {
                    case "BUILD", "REBUILD", "REBOOT", "HARD_REBOOT", "RESIZE", "REVERT_RESIZE", "MIGRATING", "PASSWORD" -> true;
                    default -> false;
                };
    }
}
