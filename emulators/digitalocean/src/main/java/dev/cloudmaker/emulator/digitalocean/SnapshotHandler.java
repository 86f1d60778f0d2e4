package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;

/**
 * Droplet snapshots as /v2/snapshots lists them (string ids, the droplet they were taken of) and as a
 * droplet lists its own (integer ids, a type). The emulator makes no volume snapshots.
 */
final class SnapshotHandler {
    private final State state;
    private final DropletHandler droplets;

    SnapshotHandler(State state, DropletHandler droplets) {
        this.state = state;
        this.droplets = droplets;
    }

    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/snapshots", "snapshots", req -> {
                    String type = req.query("resource_type");
                    List<Snapshot> all = "volume".equals(type) ? List.of() : List.copyOf(state.snapshots.values());
                    return ApiResponse.json(200, Views.list("snapshots", all, SnapshotHandler::accountView, req));
                })
                .add("GET", "/v2/snapshots/{}", "snapshots", req -> ApiResponse.json(200,
                        Views.wrap("snapshot", accountView(find(req.idParam(0))))))
                .add("DELETE", "/v2/snapshots/{}", "snapshots", req -> {
                    state.snapshots.remove(find(req.idParam(0)).id());
                    return ApiResponse.noContent();
                })
                .add("GET", "/v2/droplets/{}/snapshots", "droplets", req -> {
                    long id = droplets.find(req.idParam(0)).id();
                    List<Snapshot> own = state.snapshots.values().stream().filter(s -> s.dropletId() == id).toList();
                    return ApiResponse.json(200, Views.list("snapshots", own, SnapshotHandler::dropletView, req));
                });
    }

    private Snapshot find(long id) {
        Snapshot s = state.snapshots.get(id);
        if (s == null) {
            throw ApiError.notFound();
        }
        return s;
    }

    private static ObjectNode accountView(Snapshot s) {
        ObjectNode o = common(Json.object().put("id", Long.toString(s.id())), s);
        o.put("resource_id", Long.toString(s.dropletId())).put("resource_type", "droplet");
        o.putArray("tags");
        return o;
    }

    private static ObjectNode dropletView(Snapshot s) {
        return common(Json.object().put("id", s.id()), s).put("type", "snapshot");
    }

    private static ObjectNode common(ObjectNode o, Snapshot s) {
        o.put("name", s.name()).put("created_at", Json.time(s.createdAt()));
        o.set("regions", Json.strings(List.of(s.region())));
        return o.put("min_disk_size", s.minDiskSize()).put("size_gigabytes", s.sizeGigabytes());
    }
}
