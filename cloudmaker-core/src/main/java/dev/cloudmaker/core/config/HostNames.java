package dev.cloudmaker.core.config;

import java.util.Locale;
import java.util.Optional;

/** The naming rules for server names (DigitalOcean droplet names) and DNS names; each check says what is wrong, in words. */
final class HostNames {
    static final String SERVER_NAME_RULE = "use letters, digits, '-' and '.', not starting or ending with '-' or '.', "
            + "at most 253 characters, like \"web-1\" or \"web1.example.com\"";
    static final String DNS_NAME_RULE = "write a full name with at least two labels, like \"www.example.com\"; "
            + "each label is 1-63 letters, digits or '-', not starting or ending with '-'";

    private HostNames() {
    }

    /** Why {@code name} is not a valid server name, or empty when it is. */
    static Optional<String> serverNameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("the server name is empty");
        }
        if (name.length() > 253) {
            return Optional.of("the server name is " + name.length() + " characters long, more than 253");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || c == '-' || c == '.')) {
                return Optional.of("the server name contains " + shown(c) + ", which a host name cannot contain");
            }
        }
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        if (first == '-' || first == '.' || last == '-' || last == '.') {
            return Optional.of("the server name starts or ends with '" + (first == '-' || first == '.' ? first : last) + "'");
        }
        if (name.contains("..")) {
            return Optional.of("the server name contains two dots in a row");
        }
        return Optional.empty();
    }

    /** Why {@code name} is not a valid DNS name, or empty when it is. */
    static Optional<String> dnsNameProblem(String name) {
        String n = normalize(name);
        if (n.isEmpty()) {
            return Optional.of("the DNS name is empty");
        }
        if (n.contains("*")) {
            return Optional.of("wildcard DNS names are not supported");
        }
        if (n.length() > 253) {
            return Optional.of("the DNS name is " + n.length() + " characters long, more than 253");
        }
        String[] labels = n.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("the DNS name has a single label; it needs a domain, like \"" + abbreviate(n) + ".example.com\"");
        }
        for (String label : labels) {
            Optional<String> problem = labelProblem(label);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The form cloudmaker keeps: lower case, without the optional trailing dot. */
    static String normalize(String dnsName) {
        String n = dnsName.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static Optional<String> labelProblem(String label) {
        if (label.isEmpty()) {
            return Optional.of("the DNS name has an empty label (two dots in a row, or a leading dot)");
        }
        if (label.length() > 63) {
            return Optional.of("a label of the DNS name is " + label.length() + " characters long, more than 63");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || c == '-')) {
                return Optional.of("the DNS name contains " + shown(c) + ", which DNS names cannot contain");
            }
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            return Optional.of("a label of the DNS name starts or ends with '-'");
        }
        return Optional.empty();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String shown(char c) {
        return c == ' ' ? "a space" : c < 0x20 || c == 0x7f ? String.format("a control character (U+%04X)", (int) c) : "'" + c + "'";
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
