package dev.cloudmaker.core.config;

import java.util.Collection;
import java.util.Optional;

/** Suggests the allowed name a mistyped key was meant to be: same letters in another case, or at most two edits away. */
final class DidYouMean {
    private static final int MAX_DISTANCE = 2;

    private DidYouMean() {
    }

    static Optional<String> suggest(String typed, Collection<String> allowed) {
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

    /** Levenshtein distance, two rows; keys are short so this is cheap. */
    static int distance(String a, String b) {
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
