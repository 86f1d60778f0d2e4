package dev.cloudmaker.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plans as JSON: for {@code plan --json}, {@code plan --out FILE} and {@code provision FILE}. */
public final class PlanCodec {
    private PlanCodec() {
    }

    public static JsonNode toJson(Plan plan) {
        return Json.MAPPER.valueToTree(plan);
    }

    public static void write(Plan plan, Path file) {
        try {
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(plan));
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
            int version = tree.path("formatVersion").asInt(0);
            if (version != Plan.FORMAT_VERSION) {
                throw new CloudmakerException(file + " is a plan of format " + version
                        + ", this cloudmaker reads format " + Plan.FORMAT_VERSION + " only. Fix: make the plan again with `cloudmaker plan --out "
                        + file.getFileName() + "`");
            }
            return Json.MAPPER.treeToValue(tree, Plan.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new CloudmakerException(file + " is not a plan saved by `cloudmaker plan --out`. Fix: make a new plan", e);
        }
    }
}
