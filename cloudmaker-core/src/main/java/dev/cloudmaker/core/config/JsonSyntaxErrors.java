package dev.cloudmaker.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;

/**
 * Turns Jackson's parse errors into plain English. The messages name at most the single
 * offending character, never a word of the file, because the file may be security.json.
 */
final class JsonSyntaxErrors {
    private JsonSyntaxErrors() {
    }

    static Diagnostic diagnose(Path file, String text, JsonProcessingException e, JsonParser parser) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int offset = offsetOf(e, parser, text);
        if (raw.startsWith("Unexpected end-of-input")) {
            return at(file, text, text.length(), "the file ends before the JSON is complete",
                    "close every { with }, every [ with ] and every string with \"");
        }
        if (raw.startsWith("Unexpected character") || raw.startsWith("Unexpected close marker")) {
            return unexpected(file, text, raw, offset);
        }
        if (raw.startsWith("Unrecognized token")) {
            return at(file, text, offset, "unquoted text where a value belongs",
                    "put strings in double quotes; the only bare words JSON allows are true, false and null");
        }
        if (raw.startsWith("Illegal unquoted character")) {
            return at(file, text, offset, "a line break, tab or other control character inside a string",
                    "close the string with \" before the line ends, or write the character as \\n or \\t");
        }
        if (raw.startsWith("Unrecognized character escape")) {
            return at(file, text, offset, "an invalid backslash escape inside a string",
                    "write a backslash as \\\\; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        if (raw.contains("numeric value") || raw.contains("Leading zeroes") || raw.contains("Non-standard token")) {
            return at(file, text, offset, "an invalid number",
                    "write numbers like 42 or 1.5, without leading zeros, NaN or Infinity");
        }
        return at(file, text, offset, "this is not valid JSON", "check the JSON syntax at this place");
    }

    private static Diagnostic unexpected(Path file, String text, String raw, int offset) {
        int at = findUnexpected(text, raw, offset);
        char c = at < text.length() ? text.charAt(at) : ' ';
        int before = previousNonSpace(text, at - 1);
        String shown = shown(c);
        if (c == '/' || c == '#') {
            return at(file, text, at, "comments are not allowed in JSON", "remove the comment");
        }
        if ((c == '}' || c == ']') && before >= 0 && text.charAt(before) == ',') {
            return at(file, text, before, "a comma before " + shown + " with nothing after it",
                    "remove this comma: JSON does not allow a trailing comma");
        }
        if (c == '\'') {
            return at(file, text, at, "single quotes are not allowed in JSON", "use double quotes \"like this\"");
        }
        if (raw.contains("double-quote to start field name")) {
            return at(file, text, at, "expected a key in double quotes, found " + shown,
                    "write keys in double quotes, like \"region\"");
        }
        if (raw.contains("comma to separate Object entries")) {
            return at(file, text, at, "expected , or } after a member, found " + shown,
                    "put a comma between members, or close the object with }");
        }
        if (raw.contains("comma to separate Array entries")) {
            return at(file, text, at, "expected , or ] after an item, found " + shown,
                    "put a comma between items, or close the array with ]");
        }
        if (raw.contains("colon to separate field name")) {
            return at(file, text, at, "expected : after the key, found " + shown,
                    "write a colon between a key and its value, like \"size\": \"s-1vcpu-1gb\"");
        }
        if (raw.startsWith("Unexpected close marker")) {
            return at(file, text, at, shown + " does not match the bracket it closes",
                    "close objects with } and arrays with ]");
        }
        return at(file, text, at, "expected a value, found " + shown,
                "write a string in double quotes, a number, true, false, null, an object or an array");
    }

    /** Jackson reports the offset after the bad character or at it; find the character itself. */
    private static int findUnexpected(String text, String raw, int offset) {
        int open = raw.indexOf("('");
        if (open >= 0 && open + 2 < raw.length()) {
            char wanted = raw.charAt(open + 2);
            for (int i = Math.min(offset, text.length() - 1); i >= Math.max(0, offset - 2); i--) {
                if (text.charAt(i) == wanted) {
                    return i;
                }
            }
        }
        return Math.max(0, Math.min(offset, text.length()));
    }

    private static int offsetOf(JsonProcessingException e, JsonParser parser, String text) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        long off = loc == null ? -1 : loc.getCharOffset();
        return off < 0 ? text.length() : (int) Math.min(off, text.length());
    }

    private static int previousNonSpace(String text, int from) {
        int i = Math.min(from, text.length() - 1);
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static String shown(char c) {
        return c < 0x20 || c == 0x7f ? String.format("a control character (U+%04X)", (int) c) : "'" + c + "'";
    }

    private static Diagnostic at(Path file, String text, int offset, String message, String fix) {
        return new Diagnostic(file, TextPositions.line(text, offset), TextPositions.column(text, offset), "", message, fix);
    }
}
