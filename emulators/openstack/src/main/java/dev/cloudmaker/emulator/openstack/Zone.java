package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;

/**
 * A Designate zone; {@code name} ends with a dot. A change is {@code PENDING} with its {@code action} until
 * {@code pendingUntil}, then {@code ACTIVE}/{@code NONE} (or gone, for a delete).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Zone {
    String id;
    String name;
    String email;
    int ttl;
    long serial;
    String description;
    String action = "CREATE";
    Instant pendingUntil;
    Instant created;
    Instant updated;
    int version = 1;

    String status(Instant now) {
        return pendingUntil != null && now.isBefore(pendingUntil) ? "PENDING" : "ACTIVE";
    }

    String action(Instant now) {
        return status(now).equals("PENDING") ? action : "NONE";
    }

    /** Whether a finished delete has removed it. */
    boolean gone(Instant now) {
        return action.equals("DELETE") && !status(now).equals("PENDING");
    }

    void change(String newAction, Instant now, Instant until) {
        action = newAction;
        pendingUntil = until;
        updated = now;
        version++;
        serial++;
    }
}
