package dev.cloudmaker.emulator.aws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Route 53's names: lower-case with a trailing dot (input without it is the same name), {@code \ooo} octal escapes
 * decoded on input and written for characters outside {@code a-z0-9-_.}, and its order: reversed labels.
 */
final class DnsNames {
    static final Comparator<String> ORDER = Comparator.comparing(DnsNames::reversed);

    private DnsNames() {
    }

    static String normalize(String name) {
        StringBuilder b = new StringBuilder();
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\\' && i + 3 < n.length() && n.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                b.append((char) Integer.parseInt(n.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString().endsWith(".") ? b.toString() : b + ".";
    }

    static String escape(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                b.append(c);
            } else {
                b.append('\\').append(String.format("%03o", (int) c));
            }
        }
        return b.toString();
    }

    /** Whether {@code name} is {@code zone} or below it. */
    static boolean within(String name, String zone) {
        return name.equals(zone) || name.endsWith("." + zone);
    }

    static String reversed(String name) {
        List<String> labels = new ArrayList<>(List.of(name.split("\\.")));
        Collections.reverse(labels);
        return String.join(".", labels);
    }
}
