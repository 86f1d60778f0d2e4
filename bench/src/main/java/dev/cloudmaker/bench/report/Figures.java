package dev.cloudmaker.bench.report;

import java.util.Locale;

/** How the report writes figures. */
final class Figures {
    private Figures() {
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    static String mb(double mb) {
        return String.format(Locale.ROOT, "%.0f MB", mb);
    }

    static String count(double n) {
        return String.format(Locale.ROOT, "%.0f", n);
    }

    static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, "%.2fx", r) : "–";
    }
}
