package dev.cloudmaker.emulator.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One Route 53 request as a handler sees it, under the state's lock.
 *
 * @param params the path segments the route's {@code {}} matched, still encoded
 * @param query  the query parameters, decoded
 */
record Route53Request(String operation, List<String> params, Map<String, String> query, byte[] body, AwsState state,
                      String requestId, Instant now) {

    /** A path id, bare or prefixed ({@code /hostedzone/Z…}, url-encoded or not): its last piece. */
    String id(int index) {
        String raw = URLDecoder.decode(params.get(index), StandardCharsets.UTF_8);
        return raw.substring(raw.lastIndexOf('/') + 1);
    }

    HostedZone zone(int index) {
        String id = id(index);
        HostedZone zone = state.zones.get(id);
        if (zone == null) {
            throw Route53Error.noSuchZone(id);
        }
        return zone;
    }

    Xml reply() {
        return Xml.document(operation + "Response", Xml.ROUTE53_NAMESPACE);
    }

    /** {@code maxitems}, at most {@code limit} and {@code limit} when not given. */
    int maxItems(int limit) {
        String v = query.get("maxitems");
        if (v == null) {
            return limit;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw Route53Error.invalidInput("1 validation error detected: Value '" + v + "' at 'maxItems' failed "
                        + "to satisfy constraint: Member must be greater than 0");
            }
            return Math.min(n, limit);
        } catch (NumberFormatException e) {
            throw Route53Error.invalidInput("maxitems must be a number: " + v);
        }
    }
}
