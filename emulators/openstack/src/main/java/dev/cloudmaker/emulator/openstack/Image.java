package dev.cloudmaker.emulator.openstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Glance image. A snapshot is {@code queued}, then {@code saving}, then {@code active} at {@code activeAt}; an
 * image with no {@code activeAt} is active from the start.
 *
 * @param properties free-form properties, shown at the top level of the image as Glance does
 */
record Image(String id, String name, String visibility, String owner, Instant created, Instant activeAt,
             int minDisk, int minRam, long size, Map<String, String> properties, List<String> tags) {

    Image {
        properties = Map.copyOf(properties);
        tags = List.copyOf(tags);
    }

    String status(Instant now) {
        if (activeAt == null || !now.isBefore(activeAt)) {
            return "active";
        }
        Duration total = Duration.between(created, activeAt);
        return now.isBefore(created.plus(total.dividedBy(2))) ? "queued" : "saving";
    }

    Instant updated(Instant now) {
        return activeAt != null && !now.isBefore(activeAt) ? activeAt : created;
    }
}
