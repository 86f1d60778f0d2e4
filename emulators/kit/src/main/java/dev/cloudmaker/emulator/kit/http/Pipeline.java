package dev.cloudmaker.emulator.kit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cloudmaker.emulator.kit.Operation;
import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.fault.FaultInjector;
import dev.cloudmaker.emulator.kit.fault.FaultKind;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import dev.cloudmaker.emulator.kit.rate.RateDecision;
import dev.cloudmaker.emulator.kit.rate.RateModel;
import java.io.IOException;
import java.io.OutputStream;
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

/**
 * The request pipeline: count, hook, inject faults, authenticate, rate-limit, dispatch under the state lock,
 * persist, add latency, record, send. Faults act like a proxy in front of the API, so they come first.
 * Everything that differs between clouds is asked of the {@link Wire}.
 */
final class Pipeline implements HttpHandler {
    private final Wire wire;
    private final AccountState state;
    private final RateModel rate;
    private final FaultInjector faults;
    private final LatencyModel latency;
    private final StatsCounter stats;
    private final Set<String> rejected;
    private final List<RecordedExchange> exchanges; // null when not recording
    private final String baseUrl;
    private final AtomicLong requestNumber = new AtomicLong();
    private volatile RequestHook hook = RequestHook.NONE;

    Pipeline(Wire wire, AccountState state, RateModel rate, FaultInjector faults, LatencyModel latency,
             StatsCounter stats, Set<String> rejected, List<RecordedExchange> exchanges, String baseUrl) {
        this.wire = wire;
        this.state = state;
        this.rate = rate;
        this.faults = faults;
        this.latency = latency;
        this.stats = stats;
        this.rejected = rejected;
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
        WireRequest request = new WireRequest(ex.getRequestMethod().toUpperCase(Locale.ROOT),
                ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(), copy(ex.getRequestHeaders()),
                ex.getRequestBody().readAllBytes());
        Resolved resolved = wire.resolve(request);
        Operation operation = resolved.operation();
        stats.request(request.method(), operation);
        hook.arrived(requestNumber.incrementAndGet(), request.method(), operation.name());
        List<FaultSpec> fired = faults.fire(operation, request.method());
        stats.faults(fired.size());
        if (has(fired, FaultKind.RESET)) {
            return; // closing without response headers drops the connection before anything is applied
        }
        String requestId = UUID.randomUUID().toString();
        Optional<String> principal = wire.authenticate(request);
        RateDecision decision = rate.peek(principal.orElse(""));
        boolean throttled = false;
        ApiResponse response;
        Optional<FaultKind> replacing = fired.stream().map(FaultSpec::kind).filter(FaultKind::replacesResponse).findFirst();
        if (replacing.isPresent()) {
            throttled = replacing.get() == FaultKind.HTTP_429;
            response = injected(replacing.get(), requestId, request);
        } else if (principal.isEmpty() || rejected.contains(principal.get())) {
            response = wire.refusal(new Refusal.Unauthenticated(), requestId, request);
        } else {
            decision = rate.acquire(principal.get());
            throttled = !decision.allowed();
            response = throttled ? wire.refusal(new Refusal.Throttled(), requestId, request)
                    : dispatch(resolved, new Call(request, baseUrl, requestId, staleFor(fired), has(fired, FaultKind.PENDING_EVENT)));
        }
        if (has(fired, FaultKind.DROP_REPLY)) {
            return; // applied, but the client never learns it
        }
        OperationClass timed = wire.isList(request.method(), response) ? OperationClass.LIST : operation.operationClass();
        Duration delay = latency.response(timed, response.body().length);
        for (FaultSpec f : fired) {
            if (f.kind() == FaultKind.SLOW) {
                delay = delay.plus(f.duration());
            }
        }
        if (delay.isPositive()) {
            Thread.sleep(delay);
        }
        if (throttled) {
            stats.rateLimited();
        }
        send(ex, request, response, wire.headers(request, requestId, decision, throttled));
    }

    private ApiResponse injected(FaultKind kind, String requestId, WireRequest request) {
        return switch (kind) {
            case HTML_502 -> ProxyPages.badGateway();
            case HTTP_429 -> wire.refusal(new Refusal.Throttled(), requestId, request);
            default -> wire.refusal(new Refusal.ServerError(Integer.parseInt(kind.token())), requestId, request);
        };
    }

    private ApiResponse dispatch(Resolved resolved, Call call) {
        return state.locked(() -> {
            ApiResponse r = resolved.handler().handle(call);
            if (resolved.operation().operationClass().changesState() && r.status() < 300) {
                state.persist();
            }
            return r;
        });
    }

    private static Duration staleFor(List<FaultSpec> fired) {
        return fired.stream().filter(f -> f.kind() == FaultKind.STALE_AFTER_CREATE)
                .map(FaultSpec::duration).findFirst().orElse(Duration.ZERO);
    }

    private void send(HttpExchange ex, WireRequest request, ApiResponse r, Map<String, String> headers) throws IOException {
        var h = ex.getResponseHeaders();
        if (r.contentType() != null) {
            h.set("content-type", r.contentType());
        }
        headers.forEach(h::set);
        r.headers().forEach(h::set);
        if (exchanges != null) {
            exchanges.add(new RecordedExchange(ex.getRequestMethod(), request.path(), request.rawQuery(),
                    request.headers(), new String(request.body(), StandardCharsets.UTF_8), r.status(),
                    copy(h), new String(r.body(), StandardCharsets.UTF_8)));
        }
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        if (r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    private static boolean has(List<FaultSpec> fired, FaultKind kind) {
        return fired.stream().anyMatch(f -> f.kind() == kind);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return out;
    }
}
