package dev.cloudmaker.core.config;

import java.nio.file.Path;

/**
 * One problem found in a user's file: where it is (file, line, column, JSON pointer), what is wrong,
 * and how to fix it. Line and column are 1-based; 0 when the problem has no place in the file
 * (a missing file, a missing credential).
 */
public record Diagnostic(Path file, int line, int column, String pointer, String message, String fix) {

    public static Diagnostic of(Path file, SourceLocation at, String pointer, String message, String fix) {
        return new Diagnostic(file, at.line(), at.column(), pointer, message, fix);
    }

    public static Diagnostic ofFile(Path file, String message, String fix) {
        return new Diagnostic(file, 0, 0, "", message, fix);
    }

    /** {@code cloud.json:4:19: /server1/size: size "1gb" was retired. Fix: use "s-1vcpu-1gb".} */
    public String format() {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (pointer != null && !pointer.isEmpty()) {
            sb.append(pointer).append(": ");
        }
        sb.append(message);
        if (fix != null && !fix.isBlank()) {
            sb.append(". Fix: ").append(fix);
        }
        return sb.toString();
    }
}
