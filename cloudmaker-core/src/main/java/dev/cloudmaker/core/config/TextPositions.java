package dev.cloudmaker.core.config;

/** 1-based line and column of a character offset, counted the way editors show them. */
final class TextPositions {
    private TextPositions() {
    }

    static int line(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int column(String text, int offset) {
        int end = Math.min(offset, text.length());
        return end - text.lastIndexOf('\n', end - 1);
    }
}
