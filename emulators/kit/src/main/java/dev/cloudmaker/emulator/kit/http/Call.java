package dev.cloudmaker.emulator.kit.http;

import java.time.Duration;

/**
 * A request as its handler sees it: authenticated, within the rate limit, with what injected faults ask of it.
 *
 * @param baseUrl      {@code http://127.0.0.1:PORT}, for links in answers
 * @param requestId    the id the answer's headers and error bodies carry
 * @param staleFor     set by a {@code stale-after-create} fault: how long servers this create makes stay unlisted
 * @param pendingEvent set by a {@code pending-event} fault: a server action is refused as if one were running
 */
public record Call(WireRequest request, String baseUrl, String requestId, Duration staleFor, boolean pendingEvent) {
}
