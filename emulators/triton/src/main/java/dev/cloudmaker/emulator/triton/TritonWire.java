package dev.cloudmaker.emulator.triton;

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
 * CloudAPI on the wire: http-signature authentication (only {@code GET /--ping} and unknown routes go without),
 * {@code Accept-Version} matched against the route versions (400 {@code InvalidVersion} otherwise), JSON bodies,
 * {@code {code, message}} errors, {@code Server}, {@code Api-Version} and {@code Request-Id} headers, and restify's
 * throttle answer (429 {@code TooManyRequests}).
 */
final class TritonWire implements Wire {
    static final String SERVER = "cloudapi/9.20.0";

    private final PathRouter<TritonEndpoint> router;
    private final RequestAuthenticator authenticator;
    private final TritonState state;

    TritonWire(PathRouter<TritonEndpoint> router, RequestAuthenticator authenticator, TritonState state) {
        this.router = router;
        this.authenticator = authenticator;
        this.state = state;
    }

    @Override
    public List<String> operations() {
        return router.operations();
    }

    @Override
    public Resolved resolve(WireRequest request) {
        Optional<RouteMatch<TritonEndpoint>> match = router.match(request.method(), request.path());
        String name = match.map(RouteMatch::operation).orElse(Operation.UNKNOWN);
        return new Resolved(new Operation(name, classOf(request.method(), name)), call -> answer(call, match));
    }

    /** Machine creates are server creates; machine actions, snapshots and images made from machines are actions. */
    static OperationClass classOf(String method, String operation) {
        return switch (method) {
            case "GET", "HEAD" -> OperationClass.READ;
            case "DELETE" -> operation.equals("machines") || operation.equals("keys") ? OperationClass.DELETE
                    : OperationClass.WRITE;
            default -> switch (operation) {
                case "machines" -> OperationClass.CREATE;
                case "machine-actions", "snapshots", "images" -> OperationClass.ACTION;
                default -> OperationClass.WRITE;
            };
        };
    }

    private ApiResponse answer(Call call, Optional<RouteMatch<TritonEndpoint>> match) {
        WireRequest request = call.request();
        try {
            if (match.isEmpty()) {
                throw TritonError.notFound(request.path() + " does not exist");
            }
            if (match.get().route() == null) {
                throw new TritonError(405, "BadMethod", request.method() + " is not allowed");
            }
            String range = versionRange(request);
            if (ApiVersion.match(range).isEmpty()) {
                throw new TritonError(400, "InvalidVersion", range + " is not supported by " + request.method() + " "
                        + request.path());
            }
            List<String> params = match.get().params();
            if (!params.isEmpty() && !params.getFirst().equals("my") && !params.getFirst().equals(state.config.login())) {
                throw new TritonError(403, "NotAuthorized", "You do not have permission to access " + request.path());
            }
            return match.get().route().handler().answer(TritonRequest.of(call, params));
        } catch (TritonError e) {
            return ApiResponse.json(e.status(), e.body());
        }
    }

    /** Only the ping and paths CloudAPI does not have go unsigned (their 404 comes before authentication). */
    @Override
    public Optional<String> authenticate(WireRequest request) {
        if (request.path().equals("/--ping") || router.match(request.method(), request.path()).isEmpty()) {
            return Optional.of("anonymous");
        }
        try {
            return Optional.of(authenticator.authenticate(request));
        } catch (TritonError e) {
            return Optional.empty();
        }
    }

    @Override
    public ApiResponse refusal(Refusal refusal, String requestId) {
        return switch (refusal) {
            case Refusal.Unauthenticated u -> error(TritonError.invalidCredentials("Invalid authorization credentials supplied"));
            case Refusal.Throttled t -> error(new TritonError(429, "TooManyRequests", "You have exceeded your request rate of "
                    + Math.max(1, state.config.rateLimitPerMinute() / 60) + " r/s."));
            case Refusal.ServerError e -> error(switch (e.status()) {
                case 503 -> new TritonError(503, "ServiceUnavailable", "Service unavailable");
                case 500 -> new TritonError(500, "InternalError", "Internal error");
                default -> new TritonError(e.status(), "InternalError", "Upstream error");
            });
        };
    }

    /** Says why the signature was refused, as CloudAPI does (400 InvalidHeader or 401 InvalidCredentials). */
    @Override
    public ApiResponse refusal(Refusal refusal, String requestId, WireRequest request) {
        if (refusal instanceof Refusal.Unauthenticated) {
            try {
                authenticator.authenticate(request);
            } catch (TritonError e) {
                return error(e);
            }
        }
        return refusal(refusal, requestId);
    }

    @Override
    public Map<String, String> headers(String requestId, RateDecision rate, boolean throttled) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("server", SERVER);
        h.put("request-id", requestId);
        return h;
    }

    @Override
    public Map<String, String> headers(WireRequest request, String requestId, RateDecision rate, boolean throttled) {
        Map<String, String> h = headers(requestId, rate, throttled);
        ApiVersion.match(versionRange(request)).ifPresent(v -> h.put("api-version", v));
        return h;
    }

    @Override
    public boolean isList(String method, ApiResponse response) {
        return method.equals("GET") && response.status() == 200 && response.body().length > 0 && response.body()[0] == '[';
    }

    private static String versionRange(WireRequest request) {
        String accept = request.header("accept-version");
        return accept != null ? accept : request.header("x-api-version");
    }

    private static ApiResponse error(TritonError e) {
        return ApiResponse.json(e.status(), e.body());
    }
}
