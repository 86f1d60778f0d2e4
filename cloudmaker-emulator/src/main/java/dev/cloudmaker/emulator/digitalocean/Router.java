package dev.cloudmaker.emulator.digitalocean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Matches request paths against the route table; literal segments win over {@code {}} ones. */
final class Router {
    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String pattern, String endpoint, Function<ApiRequest, ApiResponse> handler) {
        routes.add(new Route(method, pattern, endpoint, handler));
        return this;
    }

    /** Empty when no route has this path (404). */
    Optional<RouteMatch> match(String method, String path) {
        String[] segs = split(path);
        RouteMatch best = null;
        int bestLiterals = -1;
        for (Route r : routes) {
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
                best = new RouteMatch(r.endpoint(), methodOk ? r : null, params);
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
