package dev.cloudmaker.core;

import dev.cloudmaker.core.config.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** The definition or credentials are wrong; nothing was changed in the cloud. */
public class ConfigException extends CloudmakerException {
    private final List<Diagnostic> diagnostics;

    public ConfigException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ConfigException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
