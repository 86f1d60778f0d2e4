package dev.cloudmaker.core.config;

import java.util.Collection;
import java.util.Optional;

/**
 * Suggests the allowed name a mistyped one was meant to be: same letters in another case, or at most two edits away.
 * The one did-you-mean of cloudmaker: keys of the user's files here, and providers' catalog names through
 * {@code Catalog.nearest}.
 */
public final class DidYouMean {
    private static final int MAX_DISTANCE = 2;

    private DidYouMean() {
    }

    /** The allowed name nearest to {@code typed}, if one is close enough to be a typo of it. */
    public static Optional<String> suggest(String typed, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(typed)) {
                return Optional.of(candidate);
            }
            int d = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (d <= MAX_DISTANCE && d < bestDistance && d < candidate.length()) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, two rows; names are short so this is cheap. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
