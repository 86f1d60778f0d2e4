package dev.cloudmaker.emulator.kit.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves REST requests by method and path against an operation table; literal segments win over {@code {}}
 * ones. {@code H} is the cloud's handler type.
 */
public final class PathRouter<H> {
    private final List<Route<H>> routes = new ArrayList<>();

    /** Adds an operation: {@code pattern} is a path whose {@code {}} segments match any one segment. */
    public PathRouter<H> add(String method, String pattern, String operation, H handler) {
        routes.add(new Route<>(method, pattern, operation, handler));
        return this;
    }

    /** The operation names, in the order first added. */
    public List<String> operations() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        routes.forEach(r -> names.add(r.operation()));
        return List.copyOf(names);
    }

    /** Empty when no route has this path (404). */
    public Optional<RouteMatch<H>> match(String method, String path) {
        String[] segs = split(path);
        RouteMatch<H> best = null;
        int bestLiterals = -1;
        for (Route<H> r : routes) {
            String[] pat = split(r.pattern());
            List<String> params = matchSegments(pat, segs);
            if (params == null) {
                continue;
            }
            int literals = pat.length - params.size();
            boolean methodOk = r.method().equals(method);
            boolean better = literals > bestLiterals
                    || (literals == bestLiterals && methodOk && best != null && best.route() == null);
            if (better) {
                best = new RouteMatch<>(r.operation(), methodOk ? r : null, params);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> matchSegments(String[] pattern, String[] segs) {
        if (pattern.length != segs.length) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("{}")) {
                params.add(segs[i]);
            } else if (!pattern[i].equals(segs[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String p = path.replaceAll("^/+|/+$", "");
        return p.isEmpty() ? new String[0] : p.split("/+");
    }
}
