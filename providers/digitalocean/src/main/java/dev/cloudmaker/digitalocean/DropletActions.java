package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;

/**
 * Runs a droplet action to completion. A droplet with an action already running answers 422
 * "pending event": that is waited out (bounded) and the action sent again, never reported as failure.
 */
final class DropletActions {
    private final DigitalOceanApi api;

    DropletActions(DigitalOceanApi api) {
        this.api = api;
    }

    void run(String dropletId, ObjectNode action, Duration timeout) {
        String type = action.path("type").asText();
        JsonNode started = Waiter.waitingFor("droplet " + dropletId + " to accept " + type + " (it has a pending event)", timeout)
                .polling(Duration.ofMillis(500), Duration.ofSeconds(5))
                .until(() -> post(dropletId, action), r -> r != null, r -> "pending event");
        String actionId = started.path("action").path("id").asText();
        JsonNode done = Waiter.waitingFor(type + " of droplet " + dropletId + " (action " + actionId + ")", timeout)
                .polling(Duration.ofMillis(500), Duration.ofSeconds(5))
                .until(() -> api.get("/v2/actions/" + actionId).path("action"),
                        a -> !a.path("status").asText().equals("in-progress"),
                        a -> a.path("status").asText());
        if (done.path("status").asText().equals("errored")) {
            throw new CloudmakerException(type + " of droplet " + dropletId + " failed (action " + actionId + " errored)");
        }
    }

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
}
