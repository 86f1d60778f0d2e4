package dev.cloudmaker.triton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Machines of one datacenter. A create sends the name, the package, the image's UUID, the namespace and the
 * requested image as tags, and the first boot's user data as the image reads it ({@link FirstBootMetadata}); Triton puts
 * every account key in {@code root_authorized_keys} itself, so no key ids are sent. Triton has no idempotency
 * token: a lost create answer is settled by the engine finding the machine by namespace tag and name.
 */
final class MachineServers implements Servers {
    /** How long a delete may take before the machine reads as gone (CloudAPI destroys in a job). */
    static final Duration DELETE_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CloudApi api;
    private final TritonDatacenter datacenter;
    private final TritonCatalog catalog;
    private final CnsNames cnsNames;

    MachineServers(CloudApi api, TritonDatacenter datacenter, TritonCatalog catalog) {
        this.api = api;
        this.datacenter = datacenter;
        this.catalog = catalog;
        this.cnsNames = new CnsNames(api);
    }

    @Override
    public List<CloudServer> list(String namespace) {
        return api.machines(Map.of("tag." + TritonTags.NAMESPACE, namespace)).stream().map(this::server).toList();
    }

    @Override
    public List<CloudServer> listAll() {
        return api.machines(Map.of()).stream().map(this::server).toList();
    }

    /** A deleted machine answers 410, an unknown one 404: both are none; an id that is no UUID is asked nothing. */
    @Override
    public Optional<CloudServer> get(String serverId) {
        if (!isUuid(serverId)) {
            return Optional.empty();
        }
        return ApiCalls.orEmpty(() -> api.get("/machines/" + serverId, MachineDto.class)).map(this::server);
    }

    @Override
    public CloudServer create(ServerRequest request) {
        String dc = datacenter.own();
        if (request.region() != null && !request.region().equals(dc)) {
            throw new CloudmakerException("server " + request.name() + " asks for region " + request.region()
                    + ", but this Triton provider's url reaches datacenter " + dc + "; declare a provider whose url is "
                    + request.region() + "'s CloudAPI URL (`cloudmaker regions` lists them)");
        }
        ImageInfo image = image(request.image());
        ObjectNode body = Json.object().put("name", request.name()).put("package", request.size()).put("image", image.id());
        if (request.namespace() != null) {
            body.put("tag." + TritonTags.NAMESPACE, request.namespace());
        }
        body.put("tag." + TritonTags.IMAGE, request.image());
        String services = request.options().get(CnsServices.OPTION);
        if (services != null) {
            body.put("tag." + CnsServices.TAG, CnsServices.tag(request.name(), services));
        }
        request.tags().stream().filter(TritonTags::isUserTag).forEach(t -> body.put("tag." + t, true));
        FirstBootMetadata.put(body, request.name(), image, request.userData());
        return server(api.post("/machines", body, MachineDto.class));
    }

    private ImageInfo image(String image) {
        return catalog.image(image).orElseThrow(() -> new CloudmakerException("there is no image " + image
                + " in datacenter " + datacenter.own() + "; see `cloudmaker images`"));
    }

    /** Triton CNS's names of the machines, when the account has CNS on (see {@link CnsNames}). */
    @Override
    public Map<String, List<String>> cloudNames(Collection<CloudServer> servers) {
        return cnsNames.of(servers);
    }

    /** DELETE, then the machine read until it is gone (bounded): a deleted machine lingers while its destroy job runs. */
    @Override
    public void delete(String serverId) {
        if (!isUuid(serverId)) {
            return;
        }
        ApiCalls.ignoreNotFound(() -> api.delete("/machines/" + serverId));
        Waiter.waitingFor("machine " + serverId + " to be deleted", DELETE_TIMEOUT)
                .polling(Duration.ofMillis(100), Duration.ofSeconds(3))
                .until(() -> get(serverId), Optional::isEmpty, s -> s.map(CloudServer::describeState).orElse("gone"));
    }

    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        CloudServer now = settled(serverId, timeout);
        if (action == PowerAction.START && now.status() == ServerStatus.ACTIVE
                || action == PowerAction.STOP && now.status() == ServerStatus.OFF) {
            return;
        }
        act(serverId, Json.object().put("action", action.verb()), timeout);
    }

    /** Package change (Triton resizes CPU and memory in place); waits until the machine reports the new package. */
    @Override
    public void resize(String serverId, String size, Duration timeout) {
        settled(serverId, timeout);
        act(serverId, Json.object().put("action", "resize").put("package", size), timeout);
        Waiter.waitingFor("machine " + serverId + " to have package " + size, timeout)
                .polling(Duration.ofMillis(100), Duration.ofSeconds(3))
                .until(() -> existing(serverId), s -> size.equals(s.size()), CloudServer::failure, s -> "package " + s.size());
    }

    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        Map.Entry<String, JsonNode> tag = TritonTags.of(mark);
        if (on) {
            ObjectNode body = Json.object();
            body.set(tag.getKey(), tag.getValue());
            api.postAction("/machines/" + serverId + "/tags", body);
        } else {
            ApiCalls.ignoreNotFound(() -> api.delete("/machines/" + serverId + "/tags/" + CloudApi.segment(tag.getKey())));
        }
    }

    /** The machine once it is neither provisioning nor in the middle of a stop or reboot; a failed one fails. */
    private CloudServer settled(String serverId, Duration timeout) {
        return Waiter.waitingFor("machine " + serverId + " to finish its current change", timeout)
                .polling(Duration.ofMillis(100), Duration.ofSeconds(3))
                .until(() -> existing(serverId), s -> s.status() != ServerStatus.NEW && !s.locked(), CloudServer::failure,
                        CloudServer::describeState);
    }

    /** Sends a machine action; one refused for the machine's state (a job still running on it) is sent again, bounded. */
    private void act(String serverId, ObjectNode action, Duration timeout) {
        Waiter.waitingFor("machine " + serverId + " to accept " + action.path("action").asText(), timeout)
                .polling(Duration.ofMillis(100), Duration.ofSeconds(3))
                .until(() -> {
                    try {
                        api.postAction("/machines/" + serverId, action);
                        return null;
                    } catch (ApiException e) {
                        if ("InvalidState".equals(e.errorId())) {
                            return e.getMessage();
                        }
                        throw e;
                    }
                }, refused -> refused == null, refused -> refused);
    }

    private CloudServer existing(String serverId) {
        return get(serverId).orElseThrow(() -> new CloudmakerException("no machine with id " + serverId
                + " (it was deleted, or never existed)"));
    }

    private CloudServer server(MachineDto m) {
        return MachineMapper.toServer(m, datacenter.own());
    }

    static boolean isUuid(String id) {
        return id != null && UUID.matcher(id).matches();
    }
}
