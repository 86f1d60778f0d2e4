package dev.cloudmaker.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.SizeInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One document a run, format_version first, records' keys in snake_case. */
class JsonOutputTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final JsonOutput output = new JsonOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> true);

    private JsonNode printed() throws Exception {
        return Json.MAPPER.readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentStartsWithItsFormatVersionAndARecordsKeysAreSnakeCase() throws Exception {
        SizeInfo size = new SizeInfo("s-1vcpu-1gb", 1024, 1, 25, 6.0, true, List.of("nyc3"), "Basic");

        output.write(Map.of("sizes", List.of(size)));

        JsonNode doc = printed();
        assertThat(doc.fieldNames().next()).isEqualTo("format_version");
        assertThat(doc.get("format_version").asInt()).isEqualTo(JsonOutput.FORMAT_VERSION);
        assertThat(doc.get("sizes").get(0).get("memory_mb").asInt()).isEqualTo(1024);
        assertThat(doc.get("sizes").get(0).get("price_monthly").asDouble()).isEqualTo(6.0);
        assertThat(output.written()).isTrue();
    }

    @Test
    void aDocumentWithItsOwnFormatVersionKeepsIt() throws Exception {
        output.write(Json.object().put("format_version", 3).put("kind", "provision"));

        assertThat(printed().get("format_version").asInt()).isEqualTo(3);
    }

    @Test
    void aRunPrintsOneDocumentOnly() {
        output.write(Json.object().put("outcome", "applied"));

        assertThatThrownBy(() -> output.write(Json.object().put("outcome", "applied"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonOutput(System.out, () -> true).write(List.of("not", "an", "object")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorDocumentNamesItsKindInLowerCaseWithTheExitCode() {
        JsonNode doc = ErrorDocument.of(ErrorKind.LEASE_LOST, "the lock was taken away", 75).toJson();

        assertThat(doc.get("error").get("kind").asText()).isEqualTo("lease_lost");
        assertThat(doc.get("error").get("exit_code").asInt()).isEqualTo(75);
        assertThat(doc.get("error").has("diagnostics")).isFalse();
    }
}
