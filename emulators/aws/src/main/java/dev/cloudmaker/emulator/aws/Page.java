package dev.cloudmaker.emulator.aws;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a listing: {@code MaxResults} items from the offset {@code NextToken} carries. The last page has no
 * token, as paginators stop on its absence.
 *
 * @param nextToken null on the last page
 */
record Page<T>(List<T> items, String nextToken) {

    /**
     * @param min the smallest {@code MaxResults} the action accepts
     * @param max the largest, and the page size when none is asked
     */
    static <T> Page<T> of(List<T> all, Ec2Params params, int min, int max) {
        Integer asked = params.integer("MaxResults");
        if (asked != null && (asked < min || asked > max)) {
            throw Ec2Error.parameter("Value ( " + asked + " ) for parameter maxResults is invalid. Expecting a value "
                    + "between " + min + " and " + max + ".");
        }
        int size = asked == null ? max : asked;
        int from = offset(params.string("NextToken"));
        if (from > all.size()) {
            throw Ec2Error.parameter("The token '" + params.string("NextToken") + "' is invalid.");
        }
        int to = Math.min(all.size(), from + size);
        String next = to < all.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("offset:" + to).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(all.subList(from, to), next);
    }

    private static int offset(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith("offset:")) {
                return Integer.parseInt(text.substring(7));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw Ec2Error.parameter("The token '" + token + "' is invalid.");
    }
}
