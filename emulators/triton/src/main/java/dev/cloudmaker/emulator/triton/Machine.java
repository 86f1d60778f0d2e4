package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine as the emulator holds it, saved as is in the state file. Changes that take time are a {@link PendingJob}
 * applied lazily when the clock has passed it ({@link #advance}), so a test drives them with the clock it injects.
 * Tag and metadata values keep their JSON types (string, number, boolean).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Machine {
    String id;
    String name;
    String image;
    String brand;
    String packageId;
    MachineState state;
    Instant created;
    Instant updated;
    String publicIp;
    String privateIp;
    boolean firewallEnabled;
    boolean deletionProtection;
    /** Provisioning ends {@code failed} instead of {@code running}. */
    boolean failsToProvision;
    /** Hidden from lists and reads until then (a {@code stale-after-create} fault); null when visible. */
    Instant hiddenUntil;
    PendingJob job;
    Map<String, JsonNode> tags = new LinkedHashMap<>();
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    List<MachineSnapshot> snapshots = new ArrayList<>();
    /** Oldest first; MachineAudit lists it newest first. */
    List<AuditEntry> audit = new ArrayList<>();

    /** Finishes the job when its time has come. */
    void advance(Instant now) {
        if (job == null || now.isBefore(job.at())) {
            return;
        }
        boolean failed = job.action().equals("provision") && failsToProvision;
        state = failed ? MachineState.FAILED : job.to();
        updated = job.at();
        audit.add(new AuditEntry(job.action(), !failed, job.at(), job.caller()));
        job = null;
    }

    /** Starts a job; the state shows {@code during} until it is done. */
    void begin(String action, MachineState during, MachineState to, Instant now, Instant at, String caller) {
        state = during;
        updated = now;
        job = new PendingJob(action, to, at, caller);
    }

    /** A change done at once, recorded in the audit. */
    void record(String action, Instant now, String caller) {
        updated = now;
        audit.add(new AuditEntry(action, true, now, caller));
    }

    boolean isDeleted() {
        return state == MachineState.DELETED;
    }

    boolean isHidden(Instant now) {
        return hiddenUntil != null && now.isBefore(hiddenUntil);
    }

    /** Whether it has addresses to show: from its first boot on. */
    boolean hasBooted() {
        return state != MachineState.PROVISIONING && state != MachineState.FAILED;
    }
}
