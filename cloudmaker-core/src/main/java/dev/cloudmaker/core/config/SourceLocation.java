package dev.cloudmaker.core.config;

/** A 1-based line and column in a source file; {@link #NONE} when unknown. */
public record SourceLocation(int line, int column) {
    public static final SourceLocation NONE = new SourceLocation(0, 0);
}
