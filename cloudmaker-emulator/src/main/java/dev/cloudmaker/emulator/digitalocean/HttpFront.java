package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The request pipeline: count, inject faults, authenticate, rate-limit, dispatch under the state lock,
 * persist, add latency, record, send. Faults act like a proxy in front of the API, so they come first.
 */
final class HttpFront implements HttpHandler {
    private final EmulatorConfig config;
    private final State state;
    private final Router router;
    private final RateLimiter limiter;
    private final FaultInjector faults;
    private final StatsCounter stats;
    private final Set<String> rejectedTokens;
    private final List<RecordedExchange> exchanges;
    private final Supplier<String> baseUrl;
    private final AtomicLong requestNumber = new AtomicLong();
    private volatile RequestHook hook = RequestHook.NONE;

    HttpFront(EmulatorConfig config, State state, Router router, RateLimiter limiter, FaultInjector faults,
              StatsCounter stats, Set<String> rejectedTokens, List<RecordedExchange> exchanges,
              Supplier<String> baseUrl) {
        this.config = config;
        this.state = state;
        this.router = router;
        this.limiter = limiter;
        this.faults = faults;
        this.stats = stats;
        this.rejectedTokens = rejectedTokens;
        this.exchanges = exchanges;
        this.baseUrl = baseUrl;
    }

    void hook(RequestHook requestHook) {
        this.hook = requestHook;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            serve(ex);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange ex) throws IOException, InterruptedException {
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = ex.getRequestURI().getRawPath();
        String rawQuery = ex.getRequestURI().getRawQuery();
        byte[] requestBody = ex.getRequestBody().readAllBytes();
        Optional<RouteMatch> match = router.match(method, path);
        String endpoint = match.map(RouteMatch::endpoint).orElse("unknown");
        stats.request(method, endpoint);
        hook.arrived(requestNumber.incrementAndGet(), method, endpoint);
        List<FaultSpec> fired = faults.fire(endpoint, method);
        stats.faults(fired.size());
        if (has(fired, FaultKind.RESET)) {
            return; // closing without response headers drops the connection before anything is applied
        }
        String requestId = UUID.randomUUID().toString();
        String token = bearer(ex.getRequestHeaders().getFirst("Authorization"));
        RateDecision rate = limiter.peek(token);
        ApiResponse response;
        Optional<FaultSpec> replacing = fired.stream().filter(f -> f.kind().replacesResponse()).findFirst();
        if (replacing.isPresent()) {
            response = FaultResponses.of(replacing.get().kind(), requestId);
        } else if (token == null || rejectedTokens.contains(token)) {
            response = error(401, "unauthorized", "Unable to authenticate you.", requestId);
        } else {
            rate = limiter.acquire(token);
            response = rate.allowed()
                    ? dispatch(method, path, rawQuery, requestBody, match, fired, requestId)
                    : error(429, "too_many_requests", "API Rate limit exceeded.", requestId);
        }
        if (has(fired, FaultKind.DROP_REPLY)) {
            return; // applied, but the client never learns it
        }
        Duration delay = latency(method, endpoint, response);
        for (FaultSpec f : fired) {
            if (f.kind() == FaultKind.SLOW) {
                delay = delay.plus(f.duration());
            }
        }
        if (delay.isPositive()) {
            Thread.sleep(delay);
        }
        send(ex, response, rate, requestId, rawQuery, requestBody);
    }

    private Duration latency(String method, String endpoint, ApiResponse response) {
        LatencyModel model = config.latencyModel();
        if (model == null) {
            return config.latency();
        }
        byte[] body = response.body();
        // a list page ends with its "meta":{"total":N} (Views.list puts it last)
        int tail = Math.min(body.length, 48);
        boolean list = method.equals("GET") && response.status() == 200
                && new String(body, body.length - tail, tail, StandardCharsets.UTF_8).contains("\"meta\":{\"total\"");
        return model.response(method, endpoint, list, body.length);
    }

    private ApiResponse dispatch(String method, String path, String rawQuery, byte[] body, Optional<RouteMatch> match,
                                 List<FaultSpec> fired, String requestId) {
        if (match.isEmpty()) {
            return error(404, "not_found", "The resource you were accessing could not be found.", requestId);
        }
        if (match.get().route() == null) {
            return error(405, "method_not_allowed", method + " is not allowed on " + path + ".", requestId);
        }
        JsonNode json = null;
        if (body.length > 0) {
            try {
                json = Json.MAPPER.readTree(body);
            } catch (IOException e) {
                return error(400, "bad_request", "The request body is not valid JSON.", requestId);
            }
        }
        Duration stale = fired.stream().filter(f -> f.kind() == FaultKind.STALE_AFTER_CREATE)
                .map(FaultSpec::duration).findFirst().orElse(Duration.ZERO);
        ApiRequest req = new ApiRequest(method, path, match.get().params(), query(rawQuery), json, baseUrl.get(),
                stale, has(fired, FaultKind.PENDING_EVENT));
        return state.locked(() -> {
            try {
                ApiResponse r = match.get().route().handler().apply(req);
                if (!method.equals("GET") && r.status() < 300) {
                    StateFile.save(config.stateFile(), state);
                }
                return r;
            } catch (ApiError e) {
                return error(e.status(), e.id(), e.getMessage(), requestId);
            } catch (TagNameError e) {
                var body400 = Json.object().put("error", e.getMessage()).putNull("messages");
                body400.putArray("root_causes").add(e.getMessage());
                return ApiResponse.json(400, body400);
            }
        });
    }

    private void send(HttpExchange ex, ApiResponse r, RateDecision rate, String requestId, String rawQuery,
                      byte[] requestBody) throws IOException {
        var h = ex.getResponseHeaders();
        if (r.contentType() != null) {
            h.set("content-type", r.contentType());
        }
        h.set("x-request-id", requestId);
        h.set("ratelimit-limit", Integer.toString(rate.limit()));
        h.set("ratelimit-remaining", Integer.toString(rate.remaining()));
        h.set("ratelimit-reset", Long.toString(rate.resetEpochSeconds()));
        if (r.status() == 429) {
            stats.rateLimited();
            h.set("retry-after", Long.toString(Math.max(1, rate.retryAfterSeconds())));
        }
        if (config.recordExchanges()) {
            exchanges.add(new RecordedExchange(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), rawQuery,
                    copy(ex.getRequestHeaders()), new String(requestBody, StandardCharsets.UTF_8), r.status(),
                    copy(h), new String(r.body(), StandardCharsets.UTF_8)));
        }
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        if (r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    private static ApiResponse error(int status, String id, String message, String requestId) {
        return ApiResponse.json(status, Views.error(id, message, requestId));
    }

    private static boolean has(List<FaultSpec> fired, FaultKind kind) {
        return fired.stream().anyMatch(f -> f.kind() == kind);
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> q = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return q;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return q;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return out;
    }
}
