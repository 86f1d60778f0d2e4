package dev.cloudmaker.emulator.triton;

import java.util.List;
import java.util.Optional;

/**
 * Which of CloudAPI's route versions a request's {@code Accept-Version} (or {@code X-Api-Version}) range matches, as
 * restify picks it: the highest that satisfies one of the {@code ||} alternatives ({@code *}, {@code 9}, {@code 8.0},
 * {@code ~7.2}, {@code ^8}, {@code >=7.0.0}). node-triton sends {@code ~9||~8} and gets 9.0.0.
 */
final class ApiVersion {
    static final List<String> VERSIONS = List.of("7.0.0", "7.1.0", "7.2.0", "7.3.0", "8.0.0", "9.0.0");

    private ApiVersion() {
    }

    /** The version answering {@code range}; a missing range is {@code *}. Empty when none matches. */
    static Optional<String> match(String range) {
        if (range == null || range.isBlank()) {
            return Optional.of(VERSIONS.getLast());
        }
        for (String version : VERSIONS.reversed()) {
            int[] v = parts(version);
            for (String alternative : range.split("\\|\\|")) {
                if (satisfies(v, alternative.strip())) {
                    return Optional.of(version);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean satisfies(int[] v, String spec) {
        if (spec.equals("*") || spec.equals("x")) {
            return true;
        }
        try {
            if (spec.startsWith(">=")) {
                return compare(v, parts(spec.substring(2))) >= 0;
            }
            if (spec.startsWith("~") || spec.startsWith("^")) {
                boolean caret = spec.startsWith("^");
                String[] given = spec.substring(1).split("\\.");
                int[] min = parts(spec.substring(1));
                // ~X := X.x; ~X.Y := X.Y.x; ^X.Y := X.x from X.Y
                boolean sameMinor = !caret && given.length > 1;
                return v[0] == min[0] && (!sameMinor || v[1] == min[1]) && compare(v, min) >= 0;
            }
            String[] given = spec.split("\\.");
            int[] exact = parts(spec);
            for (int i = 0; i < given.length; i++) {
                if (!given[i].equals("x") && !given[i].equals("*") && v[i] != exact[i]) {
                    return false;
                }
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static int[] parts(String version) {
        String[] p = version.strip().split("\\.");
        int[] out = new int[3];
        for (int i = 0; i < Math.min(3, p.length); i++) {
            out[i] = p[i].equals("x") || p[i].equals("*") ? 0 : Integer.parseInt(p[i]);
        }
        return out;
    }
}
