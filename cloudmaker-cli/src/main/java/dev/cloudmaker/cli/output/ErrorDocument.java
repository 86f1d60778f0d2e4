package dev.cloudmaker.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.http.Json;
import java.util.List;
import java.util.Locale;

/**
 * {@code {"error": {"kind", "message", "exit_code", ...}}}: what a run that failed prints with {@code --json}.
 * {@code diagnostics} come with {@link ErrorKind#CONFIG}, {@code api} with {@link ErrorKind#API}.
 */
public record ErrorDocument(ErrorKind kind, String message, int exitCode, List<Diagnostic> diagnostics, ApiException api) {

    public ErrorDocument {
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    public static ErrorDocument of(ErrorKind kind, String message, int exitCode) {
        return new ErrorDocument(kind, message, exitCode, List.of(), null);
    }

    public ObjectNode toJson() {
        ObjectNode doc = Json.object();
        ObjectNode error = doc.putObject("error");
        error.put("kind", kind.name().toLowerCase(Locale.ROOT)).put("message", message).put("exit_code", exitCode);
        if (!diagnostics.isEmpty()) {
            diagnostics.forEach(d -> error.withArray("diagnostics").addObject()
                    .put("file", String.valueOf(d.file())).put("line", d.line()).put("column", d.column())
                    .put("pointer", d.pointer()).put("message", d.message()).put("fix", d.fix()));
        }
        if (api != null) {
            error.putObject("api").put("kind", api.kind().name().toLowerCase(Locale.ROOT)).put("status", api.status())
                    .put("error_id", api.errorId()).put("request_id", api.requestId()).put("outcome_unknown", api.outcomeUnknown());
        }
        return doc;
    }
}
