package dev.cloudmaker.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * Where a run's one JSON document goes: stdout, once. Every document is an object whose keys are
 * snake_case (records and enums are converted by {@link Json#DOCUMENTS}; hand-built nodes spell them so)
 * and which starts with {@code format_version}: {@value #FORMAT_VERSION}, or a plan's own format.
 * With {@code --json} everything else a command prints goes to stderr (see {@code Session.out()}).
 */
public final class JsonOutput {
    /** The version of the documents' shapes; raised when a key is removed or changes meaning. */
    public static final int FORMAT_VERSION = 1;

    private final PrintStream out;
    private final BooleanSupplier enabled;
    private boolean written;

    /** @param enabled whether {@code --json} was given (known once the command line is parsed) */
    public JsonOutput(PrintStream out, BooleanSupplier enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled.getAsBoolean();
    }

    public synchronized boolean written() {
        return written;
    }

    /** Prints {@code body} (a record, a map or a node of an object) as the run's document. */
    public synchronized void write(Object body) {
        JsonNode tree = Json.DOCUMENTS.valueToTree(body);
        if (!(tree instanceof ObjectNode fields)) {
            throw new IllegalArgumentException("a document is a JSON object, not " + tree.getNodeType());
        }
        ObjectNode doc = fields;
        if (!doc.has("format_version")) {
            doc = Json.DOCUMENTS.createObjectNode().put("format_version", FORMAT_VERSION);
            doc.setAll(fields);
        }
        print(doc);
    }

    /** A document in another program's format, as it is (Ansible's inventory: its top-level keys are groups). */
    public synchronized void writeForeign(JsonNode doc) {
        print(doc);
    }

    private void print(JsonNode doc) {
        if (written) {
            throw new IllegalStateException("a run prints one JSON document; a second was about to be printed");
        }
        written = true;
        try {
            out.println(Json.DOCUMENTS.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
