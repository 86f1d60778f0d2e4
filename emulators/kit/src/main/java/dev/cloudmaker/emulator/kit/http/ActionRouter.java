package dev.cloudmaker.emulator.kit.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves Query-API requests (EC2's) by their {@code Action} parameter, sent in the query string or in a
 * form-encoded POST body, at one path. {@code H} is the cloud's handler type.
 */
public final class ActionRouter<H> {
    private final Map<String, Route<H>> byAction = new LinkedHashMap<>();

    /** Adds an action, e.g. {@code RunInstances}, under an operation name for faults and stats. */
    public ActionRouter<H> add(String action, String operation, H handler) {
        byAction.put(action, new Route<>("*", action, operation, handler));
        return this;
    }

    /** The operation names, in the order first added. */
    public List<String> operations() {
        return byAction.values().stream().map(Route::operation).distinct().toList();
    }

    /** Empty when the request names no action or one not in the table; no params (the handler reads the form). */
    public Optional<RouteMatch<H>> match(WireRequest request) {
        String action = parameters(request).get("Action");
        Route<H> route = action == null ? null : byAction.get(action);
        return Optional.ofNullable(route).map(r -> new RouteMatch<>(r.operation(), r, List.of()));
    }

    /** Query and form parameters together, the form's winning, as the Query API reads them. */
    public static Map<String, String> parameters(WireRequest request) {
        Map<String, String> all = new LinkedHashMap<>(request.query());
        String type = request.header("content-type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            all.putAll(QueryString.parse(new String(request.body(), StandardCharsets.UTF_8)));
        }
        return all;
    }
}
