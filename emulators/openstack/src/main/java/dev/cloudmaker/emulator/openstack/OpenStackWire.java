package dev.cloudmaker.emulator.openstack;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenStack on the wire: a Keystone token in {@code X-Auth-Token} on everything but the version documents and the
 * token request (401 in keystonemiddleware's words otherwise), Nova's microversion checked (406 outside the range)
 * and echoed in both headers on every compute answer, {@code x-openstack-request-id} on all, and each service's own
 * error shape ({@link Service#error}).
 */
final class OpenStackWire implements Wire {
    static final String VERSIONS = "versions";
    static final String TOKENS = "tokens";

    private final PathRouter<OsEndpoint> router;
    private final OpenStackState state;

    OpenStackWire(PathRouter<OsEndpoint> router, OpenStackState state) {
        this.router = router;
        this.state = state;
    }

    @Override
    public List<String> operations() {
        return router.operations();
    }

    @Override
    public Resolved resolve(WireRequest request) {
        Optional<RouteMatch<OsEndpoint>> match = router.match(request.method(), request.path());
        String name = match.map(RouteMatch::operation).orElse(Operation.UNKNOWN);
        return new Resolved(new Operation(name, classOf(request.method(), name)), call -> answer(call, match));
    }

    /** Server creates are creates; server actions (and the snapshots they make) are actions; DNS changes are DNS writes. */
    static OperationClass classOf(String method, String operation) {
        if (method.equals("GET") || method.equals("HEAD")) {
            return OperationClass.READ;
        }
        if (operation.equals("recordsets")) {
            return OperationClass.DNS_WRITE;
        }
        if (method.equals("DELETE")) {
            return OperationClass.DELETE;
        }
        return switch (operation) {
            case "servers" -> method.equals("POST") ? OperationClass.CREATE : OperationClass.WRITE;
            case "server-actions" -> OperationClass.ACTION;
            default -> OperationClass.WRITE;
        };
    }

    private ApiResponse answer(Call call, Optional<RouteMatch<OsEndpoint>> match) {
        WireRequest request = call.request();
        Service service = Service.of(request.path()).orElse(Service.IDENTITY);
        try {
            if (match.isEmpty()) {
                throw new OsError(404, "HTTPNotFound", "The resource could not be found.");
            }
            if (match.get().route() == null) {
                throw new OsError(405, "HTTPMethodNotAllowed", "The method is not allowed for the requested URL.");
            }
            Microversion version = service == Service.COMPUTE ? computeVersion(request) : Microversion.MIN;
            return match.get().route().handler().answer(OsRequest.of(call, match.get().params(), version));
        } catch (OsError e) {
            return service.error(e, call.requestId());
        }
    }

    private static Microversion computeVersion(WireRequest request) {
        Microversion v = Microversion.requested(request.header("openstack-api-version"),
                request.header("x-openstack-nova-api-version"));
        if (!v.inRange()) {
            throw new OsError(406, "HTTPNotAcceptable", "Version " + v + " is not supported by the API. Minimum is "
                    + Microversion.MIN + " and maximum is " + Microversion.MAX + ".");
        }
        return v;
    }

    /** Version documents and the token request go without a token, and so do paths no service has (they 404). */
    @Override
    public Optional<String> authenticate(WireRequest request) {
        Optional<RouteMatch<OsEndpoint>> match = router.match(request.method(), request.path());
        if (match.isEmpty() || match.get().operation().equals(VERSIONS)
                || (match.get().operation().equals(TOKENS) && request.method().equals("POST"))) {
            return Optional.of("anonymous");
        }
        String id = request.header("x-auth-token");
        Token token = id == null ? null : state.tokens.get(id);
        return token != null && token.validAt(state.now()) ? Optional.of(state.config.userId()) : Optional.empty();
    }

    @Override
    public ApiResponse refusal(Refusal refusal, String requestId) {
        return refusal(refusal, requestId, null);
    }

    @Override
    public ApiResponse refusal(Refusal refusal, String requestId, WireRequest request) {
        Service service = request == null ? Service.IDENTITY : Service.of(request.path()).orElse(Service.IDENTITY);
        return switch (refusal) {
            // keystonemiddleware answers for every service, in Keystone's shape
            case Refusal.Unauthenticated u -> Service.IDENTITY.error(
                    new OsError(401, "Unauthorized", "The request you have made requires authentication."), requestId);
            case Refusal.Throttled t -> service.error(new OsError(429, "over_quota", "Rate limit exceeded."), requestId);
            case Refusal.ServerError e -> service.error(new OsError(e.status(), "ServiceUnavailable",
                    Service.reason(e.status())), requestId);
        };
    }

    @Override
    public Map<String, String> headers(String requestId, RateDecision rate, boolean throttled) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-openstack-request-id", "req-" + requestId);
        if (throttled) {
            h.put("retry-after", "1");
        }
        return h;
    }

    /** Nova echoes the microversion it served in both headers, errors included. */
    @Override
    public Map<String, String> headers(WireRequest request, String requestId, RateDecision rate, boolean throttled) {
        Map<String, String> h = headers(requestId, rate, throttled);
        if (Service.of(request.path()).orElse(null) == Service.COMPUTE) {
            h.put("x-compute-request-id", "req-" + requestId);
            try {
                Microversion v = Microversion.requested(request.header("openstack-api-version"),
                        request.header("x-openstack-nova-api-version"));
                if (v.inRange()) {
                    h.put("openstack-api-version", "compute " + v);
                    h.put("x-openstack-nova-api-version", v.toString());
                    h.put("vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version");
                }
            } catch (OsError e) {
                // an unreadable version gets no echo; its answer says why
            }
        }
        return h;
    }

    /** A page of a list: a JSON object whose first member is an array ({@code {"servers":[...]}}). */
    @Override
    public boolean isList(String method, ApiResponse response) {
        if (!method.equals("GET") || response.status() != 200) {
            return false;
        }
        byte[] b = response.body();
        int i = 0;
        while (i < b.length && b[i] != ':') {
            i++;
        }
        return i + 1 < b.length && b[0] == '{' && b[i + 1] == '[';
    }
}
