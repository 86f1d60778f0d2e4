package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Designate record set: every record of one name and type; {@code name} ends with a dot. SOA and NS sets of the
 * apex are made with the zone ({@code managed}). Changes are {@code PENDING} until {@code pendingUntil}.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Recordset {
    String id;
    String zoneId;
    String name;
    String type;
    List<String> records = new ArrayList<>();
    Integer ttl;
    String description;
    boolean managed;
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

    boolean gone(Instant now) {
        return action.equals("DELETE") && !status(now).equals("PENDING");
    }

    void change(String newAction, Instant now, Instant until) {
        action = newAction;
        pendingUntil = until;
        updated = now;
        version++;
    }
}
