package dev.cloudmaker.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans are written in snake_case (format 3) and read back; a plan saved in format 2 (camelCase) still reads. */
class PlanCodecTest {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    @TempDir
    Path dir;

    private static Plan plan() {
        PlanAction.CreateServer web = new PlanAction.CreateServer("nyc", "web1", "nyc3", "s-1vcpu-1gb", "debian-12-x64",
                false, true, true, "vpc-1", List.of("cloudmaker:shop"), "#cloud-config");
        return new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("nyc"), "nyc", "shop", "abc123", List.of(
                new PlanAction.UploadKey("nyc", "cloudmaker", "aa:bb"), web,
                new PlanAction.ReplaceServer("nyc", "42", "region changed", web),
                new PlanAction.ResizeServer("nyc", "db1", "43", "s-1vcpu-1gb", "s-2vcpu-2gb"),
                new PlanAction.UpdateRecord("acme.com", "7", "A", "www", "www.acme.com", "web1", "192.0.2.1", null)),
                List.of("left alone: old1"));
    }

    @Test
    void writesSnakeCaseKeysAndLowerCaseKindsAndReadsThemBack() throws Exception {
        Path file = dir.resolve("p.json");
        PlanCodec.write(plan(), file);

        JsonNode written = Json.MAPPER.readTree(file.toFile());
        assertThat(written.get("format_version").asInt()).isEqualTo(3);
        assertThat(written.get("kind").asText()).isEqualTo("provision");
        assertThat(written.get("definition_digest").asText()).isEqualTo("abc123");
        assertThat(written.get("actions").get(1).get("vpc_uuid").asText()).isEqualTo("vpc-1");
        assertThat(keys(written)).allMatch(k -> SNAKE_CASE.matcher(k).matches(), "snake_case");
        assertThat(PlanCodec.toJson(plan())).isEqualTo(written);
        assertThat(PlanCodec.read(file)).isEqualTo(plan());
    }

    @Test
    void aPlanSavedInFormatTwoIsStillRead() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {"formatVersion": 2, "kind": "PROVISION", "providers": ["nyc"], "dnsProvider": "nyc", "namespace": "shop",
                 "definitionDigest": "abc123", "actions": [
                   {"action": "resize_server", "provider": "nyc", "name": "db1", "serverId": "43",
                    "fromSize": "s-1vcpu-1gb", "toSize": "s-2vcpu-2gb"}],
                 "notes": []}
                """);

        Plan read = PlanCodec.read(file);

        assertThat(read.kind()).isEqualTo(Plan.Kind.PROVISION);
        assertThat(read.dnsProvider()).isEqualTo("nyc");
        assertThat(read.actions()).containsExactly(new PlanAction.ResizeServer("nyc", "db1", "43", "s-1vcpu-1gb", "s-2vcpu-2gb"));
    }

    @Test
    void aPlanOfAnUnknownFormatIsRefusedWithTheWayOn() throws Exception {
        Path file = dir.resolve("new.json");
        Files.writeString(file, "{\"format_version\": 9, \"kind\": \"provision\"}");

        assertThatThrownBy(() -> PlanCodec.read(file)).isInstanceOf(CloudmakerException.class)
                .hasMessageContaining("a plan of format 9").hasMessageContaining("cloudmaker plan --out new.json");
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                keys.add(k);
                keys.addAll(keys(node.get(k)));
            }
        } else if (node.isArray()) {
            node.forEach(n -> keys.addAll(keys(n)));
        }
        return keys;
    }
}
