package dev.cloudmaker.emulator.kit.http;

import dev.cloudmaker.emulator.kit.Operation;

/**
 * What a request is and what answers it. A request the cloud does not know resolves too: to
 * {@link Operation#UNKNOWN} (or the operation whose path it matched) and a handler giving the cloud's 404 or 405.
 */
public record Resolved(Operation operation, Handler handler) {
}
