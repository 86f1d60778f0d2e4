package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code POST /servers}: checks the request as Nova does (400 for an unknown image, flavor, key pair, network or
 * security group and for bad user-data, metadata or tags; 403 over the instance quota), then makes the server in
 * BUILD with one port per network and answers 202. {@code networks} absent, empty or {@code "auto"} attach the
 * {@code public} network; {@code "none"} attaches none; from 2.37 it is required.
 */
final class ServerCreator {
    private final OpenStackState state;

    ServerCreator(OpenStackState state) {
        this.state = state;
    }

    ApiResponse create(OsRequest r) {
        JsonNode body = r.required("server");
        String name = Json.text(body, "name");
        if (name == null || name.isBlank() || name.length() > 255) {
            throw OsError.badRequest("Invalid input for field/attribute name. Value: " + name + ".");
        }
        String imageId = Json.text(body, "imageRef");
        Image image = imageId == null ? null : state.images.get(imageId);
        if (image == null || !image.status(state.now()).equals("active")) {
            throw OsError.badRequest("Can not find requested image");
        }
        String flavorRef = Json.text(body, "flavorRef");
        String flavorId = flavorRef == null ? "" : flavorRef.substring(flavorRef.lastIndexOf('/') + 1);
        Flavor flavor = Flavor.byId(flavorId).orElseThrow(() -> OsError.badRequest("Flavor " + flavorRef + " could not be found."));
        String keyName = Json.text(body, "key_name");
        if (keyName != null && !state.keypairs.containsKey(keyName)) {
            throw OsError.badRequest("Invalid key_name provided.");
        }
        List<Network> networks = networks(body.get("networks"), r);
        List<String> groups = groups(body.get("security_groups"));
        long live = state.servers.size();
        if (live >= state.config.instanceQuota()) {
            throw new OsError(403, "Forbidden", "Quota exceeded for instances: Requested 1, but already used " + live
                    + " of " + state.config.instanceQuota() + " instances");
        }
        Instant now = state.now();
        Server s = new Server();
        s.id = state.newId();
        s.name = name;
        s.imageId = image.id();
        s.flavorId = flavor.id();
        s.keyName = keyName;
        s.userData = userData(Json.text(body, "user_data"));
        s.metadata.putAll(ServerExtrasHandler.metadata(body.get("metadata")));
        if (body.has("tags")) {
            if (!r.atLeast("2.52")) {
                throw OsError.badRequest("Additional properties are not allowed ('tags' was unexpected)");
            }
            body.get("tags").forEach(t -> s.tags.add(ServerExtrasHandler.tag(t.asText())));
            ServerExtrasHandler.checkTagCount(s.tags);
        }
        if (r.atLeast("2.19")) {
            s.description = Json.text(body, "description");
        }
        String zone = Json.text(body, "availability_zone");
        s.availabilityZone = zone == null ? "nova" : zone;
        s.configDrive = body.path("config_drive").asBoolean(false);
        s.securityGroups.addAll(groups);
        s.created = now;
        s.updated = now;
        s.failsToBuild = state.failingNames.contains(name);
        if (r.call().staleFor().isPositive()) {
            s.hiddenUntil = now.plus(r.call().staleFor());
        }
        for (Network network : networks) {
            Port port = new Port(state.newId(), "", network.id(), s.id, "compute:nova", state.newMac(),
                    state.topology.addresses(network, state.nextAddress()), groups, now);
            state.ports.put(port.id(), port);
            s.portIds.add(port.id());
        }
        s.begin("scheduling", new ServerJob("build", now.plus(state.config.timing().bootDelay()), "active",
                Server.RUNNING), now);
        state.servers.put(s.id, s);
        ObjectNode created = Json.object().put("id", s.id);
        created.set("links", ServerView.links(r.baseUrl(), "servers", s.id));
        created.put("OS-DCF:diskConfig", "MANUAL").put("adminPass", Ids.hex("pass:" + s.id).substring(0, 12));
        var sg = created.putArray("security_groups");
        groups.forEach(g -> sg.addObject().put("name", state.groups.get(g).name()));
        return ApiResponse.json(202, Json.object().set("server", created))
                .withHeader("Location", r.baseUrl() + "/compute/v2.1/servers/" + s.id);
    }

    private List<Network> networks(JsonNode requested, OsRequest r) {
        if (requested == null && r.atLeast("2.37")) {
            throw OsError.badRequest("Invalid input for field/attribute server. Value: 'networks' is a required property");
        }
        if (requested == null || requested.isNull() || (requested.isArray() && requested.isEmpty())
                || requested.asText().equals("auto")) {
            return List.of(state.topology.publicNet);
        }
        if (requested.asText().equals("none")) {
            return List.of();
        }
        if (!requested.isArray()) {
            throw OsError.badRequest("Invalid input for field/attribute networks. Value: " + requested);
        }
        List<Network> out = new ArrayList<>();
        for (JsonNode n : requested) {
            String uuid = Json.text(n, "uuid");
            if (uuid == null) {
                throw OsError.badRequest("Bad networks format: network uuid is not in proper format (" + n + ")");
            }
            out.add(state.topology.network(uuid).orElseThrow(() -> OsError.badRequest("Network " + uuid + " could not be found.")));
        }
        return out;
    }

    /** Security group ids from names or ids (the CLI sends Neutron ids in {@code name}); {@code default} when none. */
    private List<String> groups(JsonNode requested) {
        List<String> ids = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            state.group("default").ifPresent(g -> ids.add(g.id()));
            return ids;
        }
        for (JsonNode g : requested) {
            String ref = Json.text(g, "name");
            SecurityGroup group = state.group(ref).orElseThrow(() -> OsError.badRequest("Security group " + ref
                    + " not found for project " + state.config.projectId() + "."));
            if (!ids.contains(group.id())) {
                ids.add(group.id());
            }
        }
        return ids;
    }

    private static String userData(String encoded) {
        if (encoded == null) {
            return null;
        }
        try {
            byte[] raw = Base64.getMimeDecoder().decode(encoded.getBytes(StandardCharsets.US_ASCII));
            if (raw.length > 65_535) {
                throw OsError.badRequest("User data too large. User data must be no larger than 65535 bytes once "
                        + "base64 encoded. Your data is " + encoded.length() + " bytes");
            }
        } catch (IllegalArgumentException e) {
            throw OsError.badRequest("Invalid input for field/attribute user_data. Value: the user data is not base64.");
        }
        return encoded;
    }
}
