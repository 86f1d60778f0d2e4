package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /servers/{id}/action}: os-start, os-stop, reboot, resize, confirmResize, revertResize, createImage,
 * rebuild, addSecurityGroup and removeSecurityGroup, each allowed only from the states Nova allows it in (409
 * {@code Cannot 'stop' instance ... while it is in vm_state stopped} otherwise, and while another task runs).
 */
final class ServerActionHandler {
    private final OpenStackState state;
    private final ServerHandler servers;
    private final ServerView view;

    ServerActionHandler(OpenStackState state, ServerHandler servers, ServerView view) {
        this.state = state;
        this.servers = servers;
        this.view = view;
    }

    void register(PathRouter<OsEndpoint> router) {
        router.add("POST", "/compute/v2.1/servers/{}/action", "server-actions", this::act);
    }

    private ApiResponse act(OsRequest r) {
        Server s = servers.find(r);
        Iterator<String> names = r.body().fieldNames();
        String action = names.hasNext() ? names.next() : "";
        JsonNode args = r.body().path(action);
        Instant now = state.now();
        Instant done = now.plus(state.config.actionDuration());
        switch (action) {
            case "os-start" -> {
                require(s, "start", r, "stopped");
                s.begin("powering-on", new ServerJob("start", done, "active", Server.RUNNING), now);
            }
            case "os-stop" -> {
                require(s, "stop", r, "active", "error");
                s.begin("powering-off", new ServerJob("stop", done, "stopped", Server.SHUTDOWN), now);
            }
            case "reboot" -> {
                boolean hard = args.path("type").asText("SOFT").equalsIgnoreCase("HARD");
                if (hard) {
                    require(s, "reboot", r, "active", "stopped", "error", "paused", "suspended");
                } else {
                    require(s, "reboot", r, "active");
                }
                s.begin(hard ? "rebooting_hard" : "rebooting", new ServerJob("reboot", done, "active", Server.RUNNING), now);
            }
            case "resize" -> resize(s, args, r, now, done);
            case "confirmResize", "revertResize" -> {
                require(s, action, r, "resized");
                if (action.equals("revertResize")) {
                    s.flavorId = s.previousFlavorId;
                }
                s.previousFlavorId = null;
                s.vmState = s.resumeState;
                s.powerState = s.resumeState.equals("active") ? Server.RUNNING : Server.SHUTDOWN;
                s.updated = now;
                return action.equals("confirmResize") ? ApiResponse.noContent() : accepted();
            }
            case "createImage" -> {
                return createImage(s, args, r, now, done);
            }
            case "rebuild" -> {
                require(s, "rebuild", r, "active", "stopped", "error");
                String imageRef = Json.text(args, "imageRef");
                Image image = imageRef == null ? null : state.images.get(imageRef);
                if (image == null) {
                    throw OsError.badRequest("Can not find requested image");
                }
                s.imageId = image.id();
                s.fault = null;
                s.begin("rebuilding", new ServerJob("rebuild", done, "active", Server.RUNNING), now);
                return ApiResponse.json(202, Json.object().set("server", view.detail(s, r)));
            }
            case "addSecurityGroup", "removeSecurityGroup" -> {
                securityGroup(s, action.equals("addSecurityGroup"), Json.text(args, "name"));
                return accepted();
            }
            default -> throw OsError.badRequest("There is no such action: " + action);
        }
        return accepted();
    }

    private void resize(Server s, JsonNode args, OsRequest r, Instant now, Instant done) {
        require(s, "resize", r, "active", "stopped");
        String ref = Json.text(args, "flavorRef");
        String id = ref == null ? "" : ref.substring(ref.lastIndexOf('/') + 1);
        Flavor flavor = Flavor.byId(id).orElseThrow(() -> OsError.badRequest("Unable to find flavor " + ref));
        if (flavor.id().equals(s.flavorId)) {
            throw OsError.badRequest("When resizing, instances must change flavor!");
        }
        s.resumeState = s.vmState;
        s.previousFlavorId = s.flavorId;
        s.resizeTo = flavor.id();
        s.begin("resize_prep", new ServerJob("resize", done, "resized", s.powerState), now);
    }

    /** The image is listed at once ({@code queued}, then {@code saving}, then {@code active}): the SDK waits on a list. */
    private ApiResponse createImage(Server s, JsonNode args, OsRequest r, Instant now, Instant done) {
        require(s, "createImage", r, "active", "stopped", "paused", "suspended");
        String name = Json.text(args, "name");
        if (name == null || name.isBlank()) {
            throw OsError.badRequest("Invalid input for field/attribute name. Value: None. None is not of type 'string'");
        }
        Map<String, String> properties = new HashMap<>(ServerExtrasHandler.metadata(args.get("metadata")));
        properties.put("image_type", "snapshot");
        properties.put("instance_uuid", s.id);
        properties.put("base_image_ref", s.imageId);
        properties.put("user_id", state.config.userId());
        Flavor flavor = Flavor.byId(s.flavorId).orElseThrow();
        Image image = new Image(state.newId(), name, "private", state.config.projectId(), now, done, flavor.disk(), 0,
                1_073_741_824L, properties, List.of());
        state.images.put(image.id(), image);
        s.begin("image_snapshot", new ServerJob("snapshot", done, s.vmState, s.powerState), now);
        if (r.atLeast("2.45")) {
            return ApiResponse.json(202, Json.object().put("image_id", image.id()));
        }
        return accepted().withHeader("Location", r.baseUrl() + "/image/v2/images/" + image.id());
    }

    private void securityGroup(Server s, boolean add, String ref) {
        SecurityGroup group = state.group(ref == null ? "" : ref).orElseThrow(() -> OsError.notFound("itemNotFound",
                "Security group " + ref + " not found for project " + state.config.projectId() + "."));
        if (add == s.securityGroups.contains(group.id())) {
            throw OsError.badRequest("Security group " + group.name() + (add ? " is already associated with the instance "
                    : " not associated with the instance ") + s.id);
        }
        if (add) {
            s.securityGroups.add(group.id());
        } else {
            s.securityGroups.remove(group.id());
        }
        s.portIds.forEach(id -> state.ports.computeIfPresent(id, (k, p) -> p.withSecurityGroups(s.securityGroups)));
    }

    /** 409 unless the server is in one of {@code vmStates} with no task running, worded as Nova words it. */
    private static void require(Server s, String action, OsRequest r, String... vmStates) {
        if (s.taskState != null || r.call().pendingEvent()) {
            throw OsError.conflict("conflictingRequest", "Cannot '" + action + "' instance " + s.id
                    + " while it is in task_state " + (s.taskState == null ? "powering-off" : s.taskState));
        }
        if (!Set.of(vmStates).contains(s.vmState)) {
            throw OsError.conflict("conflictingRequest", "Cannot '" + action + "' instance " + s.id
                    + " while it is in vm_state " + s.vmState);
        }
    }

    private static ApiResponse accepted() {
        return new ApiResponse(202, null, new byte[0]);
    }
}
