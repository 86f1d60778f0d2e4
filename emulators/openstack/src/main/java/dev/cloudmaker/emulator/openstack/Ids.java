package dev.cloudmaker.emulator.openstack;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids: Keystone's are 32 hex digits, the other services' UUIDs. */
final class Ids {
    private Ids() {
    }

    static String hex(String seed) {
        return uuid(seed).replace("-", "");
    }

    static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
