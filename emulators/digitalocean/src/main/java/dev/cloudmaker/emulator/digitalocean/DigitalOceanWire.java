package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.Operation;
import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.Call;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import dev.cloudmaker.emulator.kit.http.Refusal;
import dev.cloudmaker.emulator.kit.http.Resolved;
import dev.cloudmaker.emulator.kit.http.RouteMatch;
import dev.cloudmaker.emulator.kit.http.Wire;
import dev.cloudmaker.emulator.kit.http.WireRequest;
import dev.cloudmaker.emulator.kit.rate.RateDecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DigitalOcean's API v2 on the wire: bearer tokens, JSON bodies, {@code {id, message, request_id}} errors (and
 * the tag create's own {@code {error, messages, root_causes}}), {@code x-request-id} and {@code ratelimit-*}
 * headers, list pages ending in {@code "meta":{"total":N}}.
 */
final class DigitalOceanWire implements Wire {
    private final PathRouter<Endpoint> router;

    DigitalOceanWire(PathRouter<Endpoint> router) {
        this.router = router;
    }

    @Override
    public List<String> operations() {
        return router.operations();
    }

    @Override
    public Resolved resolve(WireRequest request) {
        Optional<RouteMatch<Endpoint>> match = router.match(request.method(), request.path());
        String name = match.map(RouteMatch::operation).orElse(Operation.UNKNOWN);
        return new Resolved(new Operation(name, classOf(request.method(), name)), call -> answer(call, match));
    }

    /**
     * The kind of call, as the latency model and the state tell them apart: droplet creates are server creates,
     * droplet actions are actions, record changes are DNS writes.
     */
    static OperationClass classOf(String method, String operation) {
        return switch (method) {
            case "GET", "HEAD" -> OperationClass.READ;
            case "DELETE" -> operation.equals("records") ? OperationClass.DNS_WRITE : OperationClass.DELETE;
            default -> switch (operation) {
                case "droplets" -> OperationClass.CREATE;
                case "droplet-actions" -> OperationClass.ACTION;
                case "records" -> OperationClass.DNS_WRITE;
                default -> OperationClass.WRITE;
            };
        };
    }

    private static ApiResponse answer(Call call, Optional<RouteMatch<Endpoint>> match) {
        WireRequest request = call.request();
        if (match.isEmpty()) {
            return error(ApiError.notFound(), call.requestId());
        }
        if (match.get().route() == null) {
            return error(new ApiError(405, "method_not_allowed", request.method() + " is not allowed on "
                    + request.path() + "."), call.requestId());
        }
        JsonNode json = null;
        if (request.body().length > 0) {
            try {
                json = Json.MAPPER.readTree(request.body());
            } catch (IOException e) {
                return error(ApiError.badRequest("The request body is not valid JSON."), call.requestId());
            }
        }
        ApiRequest req = new ApiRequest(request.method(), request.path(), match.get().params(), request.query(), json,
                call.baseUrl(), call.staleFor(), call.pendingEvent());
        try {
            return match.get().route().handler().answer(req);
        } catch (ApiError e) {
            return error(e, call.requestId());
        } catch (TagNameError e) {
            var body = Json.object().put("error", e.getMessage()).putNull("messages");
            body.putArray("root_causes").add(e.getMessage());
            return ApiResponse.json(400, body);
        }
    }

    @Override
    public Optional<String> authenticate(WireRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    public ApiResponse refusal(Refusal refusal, String requestId) {
        return switch (refusal) {
            case Refusal.Unauthenticated u -> error(new ApiError(401, "unauthorized", "Unable to authenticate you."), requestId);
            case Refusal.Throttled t -> error(new ApiError(429, "too_many_requests", "API Rate limit exceeded."), requestId);
            case Refusal.ServerError e -> error(new ApiError(e.status(), "server_error",
                    "Server was unable to give you a response."), requestId);
        };
    }

    @Override
    public Map<String, String> headers(String requestId, RateDecision rate, boolean throttled) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-request-id", requestId);
        h.put("ratelimit-limit", Integer.toString(rate.limit()));
        h.put("ratelimit-remaining", Integer.toString(rate.remaining()));
        h.put("ratelimit-reset", Long.toString(rate.resetEpochSeconds()));
        if (throttled) {
            h.put("retry-after", Long.toString(Math.max(1, rate.retryAfterSeconds())));
        }
        return h;
    }

    /** A list page ends with its {@code "meta":{"total":N}} ({@link Views#list} puts it last). */
    @Override
    public boolean isList(String method, ApiResponse response) {
        byte[] body = response.body();
        int tail = Math.min(body.length, 48);
        return method.equals("GET") && response.status() == 200
                && new String(body, body.length - tail, tail, StandardCharsets.UTF_8).contains("\"meta\":{\"total\"");
    }

    private static ApiResponse error(ApiError e, String requestId) {
        return ApiResponse.json(e.status(), Views.error(e.id(), e.getMessage(), requestId));
    }
}
