package dev.cloudmaker.emulator.kit.http;

import dev.cloudmaker.emulator.kit.rate.RateDecision;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cloud's protocol, everything of it the generic {@link Pipeline} needs: how requests name operations and
 * credentials, and how its answers look. The handlers behind {@link #resolve} hold the cloud's behaviour.
 */
public interface Wire {

    /** Every operation name of the cloud's operation table, in a stable order: what faults may target. */
    List<String> operations();

    /** The operation a request is, and the handler that answers it; never fails, see {@link Resolved}. */
    Resolved resolve(WireRequest request);

    /** Who the request authenticates as (rate limits count per principal); empty answers {@link Refusal.Unauthenticated}. */
    Optional<String> authenticate(WireRequest request);

    /** The cloud's answer to a refusal. */
    ApiResponse refusal(Refusal refusal, String requestId);

    /**
     * The cloud's answer to a refusal of {@code request}, for clouds whose answer depends on it (what was wrong with
     * the credentials it carried, which of the cloud's services it asked); by default the same for every request.
     */
    default ApiResponse refusal(Refusal refusal, String requestId, WireRequest request) {
        return refusal(refusal, requestId);
    }

    /**
     * Headers every answer carries, in order: the request id, the rate-limit state.
     *
     * @param throttled whether the answer is a refusal for the rate ({@link Refusal.Throttled})
     */
    Map<String, String> headers(String requestId, RateDecision rate, boolean throttled);

    /** The headers of the answer to {@code request}, for clouds whose headers depend on it; by default as above. */
    default Map<String, String> headers(WireRequest request, String requestId, RateDecision rate, boolean throttled) {
        return headers(requestId, rate, throttled);
    }

    /** Whether an answer is a page of a list, whose time grows with its size. */
    boolean isList(String method, ApiResponse response);
}
