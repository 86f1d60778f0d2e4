package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.Firewall;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nova servers. A create sends the flavor's and image's ids, the chosen network, the namespace tag and the user's
 * tags, the image as asked and the namespace in metadata, the security group of the server's namespace and role (its {@link Firewall}: SSH and the
 * role's ports), the first key pair
 * and the first boot's user data (base64).
 * Lists ask Nova for the namespace tag and keep only servers that carry it: Nova's filters are hints (its
 * {@code name=} is even a regular expression), the tag decides. Nova has no idempotency token: a lost create answer
 * is settled by the engine finding the server by namespace and name.
 */
final class NovaServers implements Servers {
    static final Duration DELETE_TIMEOUT = Duration.ofMinutes(10);

    private final OpenStackApi api;
    private final OpenStackCatalog catalog;
    private final Flavors flavors;
    private final GlanceImages images;
    private final NeutronNetworks networks;
    private final boolean floatingIp;
    private final SecurityGroups groups;
    private final NovaWaits waits;

    NovaServers(OpenStackApi api, OpenStackCatalog catalog, Flavors flavors, GlanceImages images, NeutronNetworks networks,
                boolean floatingIp, SecurityGroups groups) {
        this.api = api;
        this.catalog = catalog;
        this.flavors = flavors;
        this.images = images;
        this.networks = networks;
        this.floatingIp = floatingIp;
        this.groups = groups;
        this.waits = new NovaWaits(this);
    }

    @Override
    public List<CloudServer> list(String namespace) {
        String tag = NovaTags.check(CloudmakerTags.namespaceTag(namespace));
        return api.list(Service.COMPUTE, "/servers/detail", Map.of("tags", tag), "servers").stream()
                .filter(s -> hasTag(s, tag)).map(s -> server(s, namespace)).toList();
    }

    @Override
    public List<CloudServer> listAll() {
        return api.list(Service.COMPUTE, "/servers/detail", Map.of(), "servers").stream().map(s -> server(s, null)).toList();
    }

    @Override
    public Optional<CloudServer> get(String serverId) {
        return raw(serverId).map(s -> server(s, null));
    }

    /** The server's body as Nova gives it; empty for an unknown, deleted or malformed id. */
    Optional<JsonNode> raw(String serverId) {
        if (!GlanceImages.isUuid(serverId)) {
            return Optional.empty();
        }
        return ApiCalls.orEmpty(() -> api.get(Service.COMPUTE, "/servers/" + serverId).path("server"))
                .filter(s -> !"DELETED".equals(s.path("status").asText()) && !"SOFT_DELETED".equals(s.path("status").asText()));
    }

    JsonNode existing(String serverId) {
        return raw(serverId).orElseThrow(() -> new CloudmakerException("no server with id " + serverId
                + " (it was deleted, or never existed)"));
    }

    @Override
    public CloudServer create(ServerRequest request) {
        String region = catalog.region();
        if (request.region() != null && region != null && !request.region().equals(region)) {
            throw new CloudmakerException("server " + request.name() + " asks for region " + request.region()
                    + ", but this provider works in region " + region + "; declare another provider with \"region_name\": \""
                    + request.region() + "\" for it (`cloudmaker regions` lists the cloud's regions)");
        }
        ObjectNode server = Json.object().put("name", request.name()).put("flavorRef", flavors.id(request.size()))
                .put("imageRef", imageId(request.image())).put("min_count", 1).put("max_count", 1);
        server.putArray("networks").addObject().put("uuid", networks.network().path("id").asText());
        if (api.clients().offers(Service.NETWORK)) {
            Firewall firewall = request.firewall() == null ? Firewall.SSH_ONLY : request.firewall();
            server.putArray("security_groups").addObject().put("name",
                    groups.ensure(request.namespace(), firewall.role(), firewall.ports()));
        }
        NovaTags.tags(request.namespace(), request.tags()).forEach(server.withArray("tags")::add);
        ObjectNode metadata = server.putObject("metadata").put(ServerMapper.IMAGE_KEY, request.image());
        if (request.namespace() != null) {
            metadata.put(ServerMapper.NAMESPACE_KEY, request.namespace());
        }
        if (!request.keyIds().isEmpty()) {
            server.put("key_name", request.keyIds().getFirst());
        }
        if (request.userData() != null) {
            server.put("user_data", Base64.getEncoder().encodeToString(request.userData().getBytes(StandardCharsets.UTF_8)));
        }
        ObjectNode body = Json.object();
        body.set("server", server);
        String id = api.send(Service.COMPUTE, ApiRequest.post("/servers", body)).json().path("server").path("id").asText();
        if (floatingIp) {
            networks.attachFloatingIp(id, NeutronNetworks.PORT_TIMEOUT);
        }
        // a new server is BUILD with no address yet, as Nova would show it; the engine's listing rounds read the rest
        return new CloudServer(id, request.name(), region, request.size(), request.image(),
                ServerStatus.NEW, true, false, NovaTags.tags(request.namespace(), request.tags()), request.namespace(), false,
                dev.cloudmaker.core.model.Networking.NONE, null, null);
    }

    private String imageId(String image) {
        return images.find(image).map(i -> i.path("id").asText()).orElseThrow(() -> new CloudmakerException(
                "there is no active image " + image + " on this cloud; see `cloudmaker images` (images are named as in "
                        + "`openstack image list`)"));
    }

    /** Releases the server's floating IPs, deletes it, and waits (bounded) until Nova no longer shows it. */
    @Override
    public void delete(String serverId) {
        if (!GlanceImages.isUuid(serverId)) {
            return;
        }
        boolean neutron = api.clients().offers(Service.NETWORK);
        if (neutron) {
            networks.releaseAttachedFloatingIps(serverId);
        }
        ApiCalls.ignoreNotFound(() -> api.send(Service.COMPUTE, ApiRequest.delete("/servers/" + serverId)));
        waits.gone(serverId, DELETE_TIMEOUT);
        if (neutron) {
            networks.releaseOwnFloatingIps(serverId);
        }
    }

    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        JsonNode now = waits.settled(serverId, timeout);
        ServerStatus status = NovaStatus.of(now.path("status").asText());
        if (action == PowerAction.START && status == ServerStatus.ACTIVE || action == PowerAction.STOP && status == ServerStatus.OFF) {
            return;
        }
        ObjectNode body = Json.object();
        switch (action) {
            case START -> body.putNull("os-start");
            case STOP -> body.putNull("os-stop");
            case REBOOT -> {
                if (status == ServerStatus.OFF) {
                    body.putNull("os-start");
                } else {
                    body.putObject("reboot").put("type", "SOFT");
                }
            }
        }
        waits.act(serverId, body, timeout);
    }

    /** Resize, then confirm once Nova asks (VERIFY_RESIZE); a cloud that confirms by itself is waited for as well. */
    @Override
    public void resize(String serverId, String size, Duration timeout) {
        String flavorId = flavors.id(size);
        JsonNode now = waits.settled(serverId, timeout);
        if (size.equals(server(now, null).size())) {
            return;
        }
        ObjectNode body = Json.object();
        body.putObject("resize").put("flavorRef", flavorId);
        waits.act(serverId, body, timeout);
        JsonNode resized = waits.until(serverId, "to be resized to " + size, timeout,
                s -> "VERIFY_RESIZE".equals(s.path("status").asText())
                        || !NovaStatus.busy(s.path("status").asText(), null) && size.equals(server(s, null).size()));
        if ("VERIFY_RESIZE".equals(resized.path("status").asText())) {
            ObjectNode confirm = Json.object();
            confirm.putNull("confirmResize");
            waits.act(serverId, confirm, timeout);
            waits.until(serverId, "to confirm its resize to " + size, timeout,
                    s -> !"VERIFY_RESIZE".equals(s.path("status").asText()) && !NovaStatus.busy(s.path("status").asText(), null));
        }
    }

    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        String path = "/servers/" + serverId + "/tags/" + OpenStackApi.segment(NovaTags.tag(mark));
        if (on) {
            api.send(Service.COMPUTE, new ApiRequest("PUT", path, Map.of(), null));
        } else {
            ApiCalls.ignoreNotFound(() -> api.send(Service.COMPUTE, ApiRequest.delete(path)));
        }
    }

    /** Sends a server action; on a 409 (another task still running) the caller retries. */
    void action(String serverId, ObjectNode body) {
        api.send(Service.COMPUTE, ApiRequest.post("/servers/" + serverId + "/action", body));
    }

    static boolean conflict(ApiException e) {
        return e.kind() == ApiException.Kind.CONFLICT;
    }

    CloudServer server(JsonNode s, String namespace) {
        return ServerMapper.toServer(s, catalog.region(), networks.knownName(), namespace);
    }

    private static boolean hasTag(JsonNode s, String tag) {
        for (JsonNode t : s.path("tags")) {
            if (tag.equals(t.asText())) {
                return true;
            }
        }
        return false;
    }
}
