package dev.cloudmaker.emulator.kit.fault;

import dev.cloudmaker.core.time.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One injected fault, as given on the command line with {@code --fault SPEC}.
 *
 * <pre>
 * SPEC     := KIND [ "@" ENDPOINT [ ":" METHOD ] ] [ "=" AMOUNT ]
 * KIND     := 500 | 502 | 503 | 504 | 429 | html-502 | reset | drop-reply | slow:DURATION
 *             | stale-after-create:DURATION | pending-event
 * ENDPOINT := an operation name of the emulated cloud (DigitalOcean: droplets, records, ...) | *   (default *)
 * METHOD   := GET | POST | PUT | PATCH | DELETE         (default any)
 * AMOUNT   := a probability like 0.2 (each matching request)
 *             | a count like 3x (the first 3 matching requests)   (default 1x)
 * DURATION := 500ms | 3s | 2m
 * </pre>
 *
 * Examples: {@code 503@droplets=0.2}, {@code reset@droplets:POST=1x}, {@code slow:2s}. {@link #parse} checks the
 * grammar; which endpoints exist is the cloud's, so the emulator checks them when it starts ({@link #requireEndpointIn}).
 *
 * @param kind        what happens
 * @param duration    delay of {@code slow} or invisibility window of {@code stale-after-create}; else ZERO
 * @param endpoint    operation name or {@code *}
 * @param method      HTTP method, or null for any
 * @param probability chance per matching request when above 0; else {@code count} applies
 * @param count       how many of the first matching requests are hit (when probability is 0)
 */
public record FaultSpec(FaultKind kind, Duration duration, String endpoint, String method, double probability, int count) {

    public static final String ANY = "*";
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public static FaultSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw bad(spec, "the spec is empty; write KIND[@ENDPOINT[:METHOD]][=AMOUNT], e.g. 503@droplets=0.2");
        }
        String rest = spec.trim();
        double probability = 0;
        int count = 1;
        int eq = rest.lastIndexOf('=');
        if (eq >= 0) {
            String amount = rest.substring(eq + 1);
            rest = rest.substring(0, eq);
            if (amount.endsWith("x")) {
                count = parseCount(spec, amount);
            } else {
                probability = parseProbability(spec, amount);
            }
        }
        String target = ANY;
        int at = rest.indexOf('@');
        if (at >= 0) {
            target = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String kindText = rest;
        Duration duration = Duration.ZERO;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            kindText = rest.substring(0, colon);
        }
        FaultKind kind = FaultKind.fromToken(kindText.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw bad(spec, "unknown fault kind \"" + kindText + "\"; valid kinds: " + kinds());
        }
        if (kind.takesDuration()) {
            if (colon < 0) {
                throw bad(spec, "fault kind \"" + kind.token() + "\" needs a duration, like " + kind.token() + ":3s");
            }
            try {
                duration = Durations.parse(rest.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw bad(spec, e.getMessage());
            }
        } else if (colon >= 0) {
            throw bad(spec, "fault kind \"" + kind.token() + "\" takes no duration (only slow and stale-after-create do)");
        }
        String endpoint = target;
        String method = null;
        int mc = target.indexOf(':');
        if (mc >= 0) {
            endpoint = target.substring(0, mc);
            method = target.substring(mc + 1).toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw bad(spec, "unknown method \"" + target.substring(mc + 1) + "\"; valid methods: " + String.join(", ", METHODS));
            }
        }
        if (endpoint.isEmpty()) {
            throw bad(spec, "the endpoint after @ is empty; name one, or * for all");
        }
        return new FaultSpec(kind, duration, endpoint, method, probability, count);
    }

    /**
     * This spec, if its endpoint is {@code *} or one of the cloud's operations.
     *
     * @throws IllegalArgumentException naming the valid endpoints
     */
    public FaultSpec requireEndpointIn(Collection<String> operations) {
        if (!endpoint.equals(ANY) && !operations.contains(endpoint)) {
            throw bad(toString(), "unknown endpoint \"" + endpoint + "\"; valid endpoints: "
                    + String.join(", ", operations) + ", " + ANY);
        }
        return this;
    }

    /** True when this fault is aimed at requests to that endpoint with that method. */
    public boolean targets(String requestEndpoint, String requestMethod) {
        return (endpoint.equals(ANY) || endpoint.equals(requestEndpoint))
                && (method == null || method.equals(requestMethod));
    }

    /** As written on the command line, defaults left out: {@code 503@droplets:POST=2x}. */
    @Override
    public String toString() {
        String text = kind.token() + (kind.takesDuration() ? ":" + duration.toMillis() + "ms" : "");
        if (!endpoint.equals(ANY) || method != null) {
            text += "@" + endpoint + (method == null ? "" : ":" + method);
        }
        if (probability > 0) {
            return text + "=" + probability;
        }
        return count == 1 ? text : text + "=" + count + "x";
    }

    private static int parseCount(String spec, String amount) {
        try {
            int n = Integer.parseInt(amount.substring(0, amount.length() - 1));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw bad(spec, "invalid amount \"" + amount + "\"; write a probability like 0.2 or a count like 3x");
    }

    private static double parseProbability(String spec, String amount) {
        try {
            double p = Double.parseDouble(amount);
            if (p > 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw bad(spec, "invalid amount \"" + amount + "\"; write a probability in (0,1] like 0.2 or a count like 3x");
    }

    private static String kinds() {
        return Arrays.stream(FaultKind.values())
                .map(k -> k.takesDuration() ? k.token() + ":DURATION" : k.token())
                .collect(Collectors.joining(", "));
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("invalid fault spec \"" + spec + "\": " + why);
    }
}
