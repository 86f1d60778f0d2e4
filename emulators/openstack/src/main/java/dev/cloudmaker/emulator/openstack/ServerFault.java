package dev.cloudmaker.emulator.openstack;

import java.time.Instant;

/** Why a server is in ERROR, as Nova shows it in the server's {@code fault}. */
record ServerFault(int code, String message, Instant created) {
}
