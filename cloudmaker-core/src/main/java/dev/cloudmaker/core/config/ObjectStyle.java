package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;

/**
 * How an object is laid out in the user's file, as the literal text around its members: after
 * the opening brace ({@code open}), between members ({@code separator}: {@code ",\n  "} or the
 * seed's comma-first {@code "\n        , "}), before the closing brace ({@code close}) and between
 * a key and its value ({@code colon}: {@code ": "} or {@code " : "}). New members copy it.
 */
record ObjectStyle(String open, String separator, String close, String colon) {
    static final ObjectStyle INLINE = new ObjectStyle(" ", ", ", " ", ": ");

    /**
     * The style of {@code span}; what it cannot show (a separator when it has one member, everything
     * when it is empty) is borrowed from {@code sibling}, an object at the same depth, else made inline.
     */
    static ObjectStyle of(String text, ObjectSpan span, ObjectStyle sibling) {
        List<MemberSpan> m = span.members();
        if (m.isEmpty()) {
            return sibling != null ? sibling : INLINE;
        }
        String open = text.substring(span.open() + 1, m.get(0).keyStart());
        String close = text.substring(m.get(m.size() - 1).valueEnd(), span.close());
        String colon = text.substring(m.get(0).keyEnd(), m.get(0).valueStart());
        String separator;
        if (m.size() > 1) {
            separator = text.substring(m.get(m.size() - 2).valueEnd(), m.get(m.size() - 1).keyStart());
        } else if (sibling != null && sibling.open().contains("\n") == open.contains("\n")) {
            separator = reindent(sibling.separator(), lead(sibling.open()), lead(open));
        } else {
            separator = open.contains("\n") ? "," + open : ", ";
        }
        return new ObjectStyle(open, separator, close, colon);
    }

    /** The style one level deeper: every line break gains the indentation this object adds to its parent's. */
    ObjectStyle nested() {
        String inner = lead(open);
        String outer = lead(close);
        String extra = open.contains("\n") && close.contains("\n") && inner.startsWith(outer)
                ? inner.substring(outer.length()) : "";
        return new ObjectStyle(shift(open, extra), shift(separator, extra), shift(close, extra), colon);
    }

    String member(String key, String renderedValue) {
        return quote(key) + colon + renderedValue;
    }

    /** An object of string members written in this style. */
    String render(Map<String, String> members) {
        StringBuilder sb = new StringBuilder("{").append(open);
        String sep = "";
        for (Map.Entry<String, String> e : members.entrySet()) {
            sb.append(sep).append(member(e.getKey(), quote(e.getValue())));
            sep = separator;
        }
        return sb.append(close).append('}').toString();
    }

    static String quote(String s) {
        return TextNode.valueOf(s).toString();
    }

    /** The whitespace at the start of the last line of {@code s}. */
    private static String lead(String s) {
        String last = s.substring(s.lastIndexOf('\n') + 1);
        int i = 0;
        while (i < last.length() && (last.charAt(i) == ' ' || last.charAt(i) == '\t')) {
            i++;
        }
        return last.substring(0, i);
    }

    private static String shift(String s, String extra) {
        int nl = s.lastIndexOf('\n');
        return nl < 0 ? s : s.substring(0, nl + 1) + extra + s.substring(nl + 1);
    }

    /** Moves the last line of {@code separator} as far as the members moved from {@code from} to {@code to}. */
    private static String reindent(String separator, String from, String to) {
        int nl = separator.lastIndexOf('\n');
        if (nl < 0) {
            return separator;
        }
        String last = separator.substring(nl + 1);
        String lead = lead(last);
        int width = Math.max(0, lead.length() - from.length() + to.length());
        return separator.substring(0, nl + 1) + " ".repeat(width) + last.substring(lead.length());
    }
}
