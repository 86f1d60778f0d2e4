package dev.cloudmaker.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plans as JSON: for {@code plan --json}, {@code plan --out FILE} and {@code provision FILE}. Written in
 * format {@value Plan#FORMAT_VERSION}; a plan saved in format 2 (camelCase keys, same shape) is still read.
 */
public final class PlanCodec {
    /** The last format whose keys were camelCase. */
    private static final int CAMEL_CASE_FORMAT = 2;

    private PlanCodec() {
    }

    public static JsonNode toJson(Plan plan) {
        return Json.DOCUMENTS.valueToTree(plan);
    }

    public static void write(Plan plan, Path file) {
        try {
            AtomicFiles.write(file, Json.DOCUMENTS.writerWithDefaultPrettyPrinter().writeValueAsBytes(plan));
        } catch (IOException e) {
            throw new CloudmakerException("could not write the plan to " + file + ": " + e.getMessage(), e);
        }
    }

    public static Plan read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CloudmakerException("no saved plan at " + file + ". Fix: make one with `cloudmaker plan --out " + file.getFileName() + "`");
        }
        try {
            // the version first: an older plan's fields need not map onto today's
            JsonNode tree = Json.MAPPER.readTree(file.toFile());
            int version = tree.has("format_version") ? tree.path("format_version").asInt(0) : tree.path("formatVersion").asInt(0);
            ObjectMapper mapper = version == Plan.FORMAT_VERSION ? Json.DOCUMENTS : version == CAMEL_CASE_FORMAT ? Json.MAPPER : null;
            if (mapper == null) {
                throw new CloudmakerException(file + " is a plan of format " + version
                        + ", this cloudmaker reads formats " + CAMEL_CASE_FORMAT + " and " + Plan.FORMAT_VERSION
                        + " only. Fix: make the plan again with `cloudmaker plan --out " + file.getFileName() + "`");
            }
            return mapper.treeToValue(tree, Plan.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new CloudmakerException(file + " is not a plan saved by `cloudmaker plan --out`. Fix: make a new plan", e);
        }
    }
}
