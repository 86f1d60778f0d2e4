package dev.cloudmaker.emulator.digitalocean;

import java.time.Instant;
import java.util.Map;

/** A droplet action; it is in-progress until {@code completesAt}, when the store applies its effect. */
record Action(long id, String type, String status, long dropletId, String region, Map<String, String> params,
              Instant startedAt, Instant completesAt) {

    boolean inProgress() {
        return status.equals("in-progress");
    }

    Action completed() {
        return new Action(id, type, "completed", dropletId, region, params, startedAt, completesAt);
    }

    Action errored() {
        return new Action(id, type, "errored", dropletId, region, params, startedAt, completesAt);
    }
}
