package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.state.Addresses;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Machines: ListMachines (pages of at most 1000 with {@code x-query-limit} and {@code x-resource-count}), GetMachine
 * (410 once deleted), CreateMachine (provisioning, then running after the boot delay), DeleteMachine and MachineAudit.
 */
final class MachineHandler {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,188}");
    private static final int MAX_LIMIT = 1000;

    private final TritonState state;
    private final MachineLookup lookup;

    MachineHandler(TritonState state, MachineLookup lookup) {
        this.state = state;
        this.lookup = lookup;
    }

    void register(PathRouter<TritonEndpoint> router) {
        router.add("GET", "/{}/machines", "machines", this::list)
                .add("HEAD", "/{}/machines", "machines", this::list)
                .add("POST", "/{}/machines", "machines", this::create)
                .add("GET", "/{}/machines/{}", "machines", this::get)
                .add("HEAD", "/{}/machines/{}", "machines", this::get)
                .add("DELETE", "/{}/machines/{}", "machines", this::delete)
                .add("GET", "/{}/machines/{}/audit", "audit", r -> ApiResponse.json(200, Json.array(
                        lookup.any(r.param(1)).audit.reversed().stream().map(Views::audit).toList())));
    }

    private ApiResponse list(TritonRequest r) {
        int limit = number(r, "limit", MAX_LIMIT);
        int offset = number(r, "offset", 0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw TritonError.invalidArgument("limit must be between 1 and " + MAX_LIMIT);
        }
        Instant now = state.now();
        boolean tombstone = Json.bool(r.value("tombstone"));
        boolean anyTag = "*".equals(r.text("tags"));
        List<Machine> matching = state.machines.values().stream()
                .filter(m -> !m.isHidden(now) && (tombstone || !m.isDeleted()))
                .filter(m -> anyTag ? !m.tags.isEmpty() : matches(m, r))
                .toList();
        List<Machine> page = matching.stream().skip(offset).limit(limit).toList();
        ApiResponse response = r.method().equals("HEAD") ? new ApiResponse(200, "application/json", new byte[0])
                : ApiResponse.json(200, Json.array(page.stream().map(m -> Views.machine(m, state, false)).toList()));
        return response.withHeader("x-query-limit", Integer.toString(limit))
                .withHeader("x-resource-count", Integer.toString(page.size()));
    }

    private static boolean matches(Machine m, TritonRequest r) {
        String wanted = r.text("state");
        if (wanted != null && !List.of("provisioning", "running", "stopping", "stopped", "deleted", "failed",
                "active", "unknown", "destroyed").contains(wanted)) {
            throw TritonError.invalidArgument(wanted + " is not a valid state");
        }
        boolean stateOk = wanted == null || m.state.word().equals(wanted)
                || (wanted.equals("active") && m.state != MachineState.DELETED && m.state != MachineState.FAILED)
                || (wanted.equals("destroyed") && m.isDeleted());
        boolean tagsOk = r.input().properties().stream().filter(e -> e.getKey().startsWith("tag."))
                .allMatch(e -> {
                    JsonNode v = m.tags.get(e.getKey().substring(4));
                    return v != null && Json.text(v).equals(Json.text(e.getValue()));
                });
        return stateOk && tagsOk && equalOrAbsent(r.text("name"), m.name) && equalOrAbsent(r.text("image"), m.image)
                && equalOrAbsent(r.text("brand"), m.brand);
    }

    private static boolean equalOrAbsent(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private ApiResponse get(TritonRequest r) {
        Machine m = lookup.any(r.param(1));
        ApiResponse response = ApiResponse.json(m.isDeleted() ? 410 : 200, Views.machine(m, state, true));
        return r.method().equals("HEAD") ? new ApiResponse(response.status(), response.contentType(), new byte[0]) : response;
    }

    private ApiResponse create(TritonRequest r) {
        TritonImage image = image(r.text("image") != null ? r.text("image") : r.text("dataset"));
        TritonPackage pkg = pkg(r.text("package"));
        if (state.keys.isEmpty()) {
            throw new TritonError(409, "KeyRequired", "At least one SSH key is required to provision");
        }
        String id = state.newId();
        String name = r.text("name") == null ? id.substring(0, 8) : r.text("name").replace("{{shortId}}", id.substring(0, 8));
        checkName(name, null);
        Instant now = state.now();
        Machine m = new Machine();
        m.id = id;
        m.name = name;
        m.image = image.id();
        m.brand = image.brand();
        m.packageId = pkg.id();
        m.created = now;
        m.firewallEnabled = Json.bool(r.value("firewall_enabled"));
        m.deletionProtection = Json.bool(r.value("deletion_protection"));
        m.failsToProvision = state.failingNames.contains(name);
        long n = state.addressIndex();
        m.publicIp = Addresses.publicIpv4(state.config.seed(), n);
        m.privateIp = Addresses.privateIpv4(state.config.seed(), n);
        for (Iterator<Map.Entry<String, JsonNode>> it = r.input().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("tag.")) {
                m.tags.put(e.getKey().substring(4), e.getValue());
            } else if (e.getKey().startsWith("metadata.") && !e.getKey().endsWith("_pw")) {
                m.metadata.put(e.getKey().substring(9), e.getValue());
            }
        }
        m.metadata.put("root_authorized_keys", TextNode.valueOf(
                state.keys.stream().map(AccountKey::key).collect(Collectors.joining("\n"))));
        m.begin("provision", MachineState.PROVISIONING, MachineState.RUNNING, now,
                now.plus(state.config.timing().bootDelay()), r.caller());
        if (r.call().staleFor().isPositive()) {
            m.hiddenUntil = now.plus(r.call().staleFor());
        }
        state.machines.put(id, m);
        return ApiResponse.json(201, Views.machine(m, state, false))
                .withHeader("location", "/" + state.config.login() + "/machines/" + id);
    }

    /** A valid alias no other live machine has; {@code self} is the machine being renamed, if any. */
    void checkName(String name, Machine self) {
        if (!NAME.matcher(name).matches() || (state.cnsEnabled && name.length() > 63)) {
            throw TritonError.invalidArgument(name + " is not a valid machine name");
        }
        boolean taken = state.machines.values().stream()
                .anyMatch(m -> m != self && !m.isDeleted() && m.name.equals(name));
        if (taken) {
            throw new TritonError(409, "ValidationFailed", "Invalid VM parameters: Invalid machine name");
        }
    }

    private TritonImage image(String id) {
        if (id == null) {
            throw TritonError.missingParameter("image must be specified");
        }
        TritonImage image = state.image(id).orElseThrow(() -> TritonError.invalidArgument(id + " is not a valid image"));
        if (!image.state().equals("active")) {
            throw TritonError.invalidArgument("image " + id + " is not active");
        }
        return image;
    }

    static TritonPackage pkg(String idOrName) {
        if (idOrName == null) {
            throw TritonError.missingParameter("package must be specified");
        }
        return Catalog.pkg(idOrName).orElseThrow(() -> TritonError.invalidArgument(idOrName + " is not a valid package"));
    }

    private ApiResponse delete(TritonRequest r) {
        Machine m = lookup.live(r.param(1));
        if (m.deletionProtection) {
            throw new TritonError(409, "CannotDestroyMachineError", "Instance has \"deletion_protection\" enabled, "
                    + "preventing deletion");
        }
        Instant now = state.now();
        m.begin("destroy", m.state, MachineState.DELETED, now, now.plus(state.config.actionDuration()), r.caller());
        return ApiResponse.noContent();
    }

    private static int number(TritonRequest r, String name, int absent) {
        String text = r.text(name);
        try {
            return text == null ? absent : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw TritonError.invalidArgument(name + " must be a number");
        }
    }
}
