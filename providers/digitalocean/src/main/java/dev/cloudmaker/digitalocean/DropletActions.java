package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;

/**
 * Starts droplet actions and follows them. A droplet with an action already running answers 422
 * "pending event": that is waited out (bounded) and the action sent again, never reported as failure.
 */
final class DropletActions {
    private static final Duration POLL_FIRST = Duration.ofMillis(500);
    private static final Duration POLL_MAX = Duration.ofSeconds(5);

    private final DigitalOceanApi api;

    DropletActions(DigitalOceanApi api) {
        this.api = api;
    }

    /** Runs the action to completion; an errored action is an exception. */
    void run(String dropletId, ObjectNode action, Duration timeout) {
        String actionId = start(dropletId, action, timeout);
        if (outcome(dropletId, action.path("type").asText(), actionId, timeout) == Outcome.ERRORED) {
            throw new CloudmakerException(action.path("type").asText() + " of droplet " + dropletId
                    + " failed (action " + actionId + " errored)");
        }
    }

    /** Sends the action once the droplet takes it (waiting out a pending event); returns the action's id. */
    String start(String dropletId, ObjectNode action, Duration timeout) {
        String type = action.path("type").asText();
        JsonNode started = Waiter.waitingFor("droplet " + dropletId + " to accept " + type + " (it has a pending event)", timeout)
                .polling(POLL_FIRST, POLL_MAX)
                .until(() -> post(dropletId, action), r -> r != null, r -> "pending event");
        return started.path("action").path("id").asText();
    }

    /** Waits for a started action to end, at most {@code timeout}. */
    Outcome outcome(String dropletId, String type, String actionId, Duration timeout) {
        JsonNode done = Waiter.waitingFor(type + " of droplet " + dropletId + " (action " + actionId + ")", timeout)
                .polling(POLL_FIRST, POLL_MAX)
                .until(() -> api.get("/v2/actions/" + actionId).path("action"),
                        a -> !a.path("status").asText().equals("in-progress"),
                        a -> a.path("status").asText());
        return done.path("status").asText().equals("errored") ? Outcome.ERRORED : Outcome.COMPLETED;
    }

    enum Outcome { COMPLETED, ERRORED }

    /** The started action, or null when the droplet is busy with another one. */
    private JsonNode post(String dropletId, ObjectNode action) {
        try {
            return api.post("/v2/droplets/" + dropletId + "/actions", action);
        } catch (ApiException e) {
            if (DigitalOceanErrors.isPendingEvent(e)) {
                return null;
            }
            throw e;
        }
    }

    static ObjectNode ofType(String type) {
        return dev.cloudmaker.core.http.Json.object().put("type", type);
    }
}
