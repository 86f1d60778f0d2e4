package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Nova server as the emulator holds it, saved as is in the state file. Its API {@code status} is derived from
 * vm_state and task_state as Nova derives it ({@code nova/api/openstack/common.py} _STATE_MAP); tasks that take
 * time are a {@link ServerJob} applied when the clock has passed it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Server {
    static final int NOSTATE = 0;
    static final int RUNNING = 1;
    static final int SHUTDOWN = 4;

    String id;
    String name;
    String flavorId;
    /** The flavor before a resize, until it is confirmed or reverted. */
    String previousFlavorId;
    /** The flavor a running resize goes to. */
    String resizeTo;
    /** The vm_state a confirmed or reverted resize returns to (active or stopped). */
    String resumeState;
    String imageId;
    String keyName;
    String userData;
    String description;
    String availabilityZone = "nova";
    boolean configDrive;
    String vmState = "building";
    String taskState = "scheduling";
    int powerState = NOSTATE;
    boolean locked;
    ServerJob job;
    Instant created;
    Instant updated;
    Instant launchedAt;
    ServerFault fault;
    /** The build ends in ERROR instead of ACTIVE. */
    boolean failsToBuild;
    /** Hidden from lists and reads until then (a {@code stale-after-create} fault); null when visible. */
    Instant hiddenUntil;
    Map<String, String> metadata = new LinkedHashMap<>();
    List<String> tags = new ArrayList<>();
    /** Security group ids, as its ports carry them. */
    List<String> securityGroups = new ArrayList<>();
    List<String> portIds = new ArrayList<>();

    /** Finishes the job when its time has come; true when the job was a delete that is now done. */
    boolean advance(Instant now) {
        if (job == null || now.isBefore(job.at())) {
            return false;
        }
        ServerJob done = job;
        job = null;
        taskState = null;
        updated = done.at();
        switch (done.action()) {
            case "delete" -> {
                return true;
            }
            case "build" -> {
                launchedAt = done.at();
                if (failsToBuild) {
                    vmState = "error";
                    powerState = NOSTATE;
                    fault = new ServerFault(500, "No valid host was found. There are not enough hosts available.",
                            done.at());
                    return false;
                }
            }
            case "resize" -> {
                flavorId = resizeTo;
                resizeTo = null;
            }
            default -> {
            }
        }
        vmState = done.vmState();
        powerState = done.power();
        return false;
    }

    /** Starts a task: task_state shows {@code task} until {@code job} is done. */
    void begin(String task, ServerJob next, Instant now) {
        taskState = task;
        job = next;
        updated = now;
    }

    /** Nova's status word for the states. */
    String status() {
        return switch (vmState) {
            case "building" -> "BUILD";
            case "active" -> taskState == null ? "ACTIVE" : switch (taskState) {
                case "rebooting", "reboot_pending", "reboot_started" -> "REBOOT";
                case "rebooting_hard", "reboot_pending_hard", "reboot_started_hard" -> "HARD_REBOOT";
                case "resize_prep", "resize_migrating", "resize_migrated", "resize_finish" -> "RESIZE";
                case "rebuilding" -> "REBUILD";
                default -> "ACTIVE";
            };
            case "stopped" -> taskState != null && taskState.startsWith("resize") ? "RESIZE" : "SHUTOFF";
            case "resized" -> "VERIFY_RESIZE";
            case "error" -> "ERROR";
            case "deleted" -> "DELETED";
            default -> "UNKNOWN";
        };
    }

    boolean isHidden(Instant now) {
        return hiddenUntil != null && now.isBefore(hiddenUntil);
    }

    /** Whether it shows addresses: once the build is over (a failed build never got any). */
    boolean hasNetwork() {
        return !vmState.equals("building") && fault == null;
    }
}
