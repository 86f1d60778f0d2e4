package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code config/bad/} must fail with a diagnostic that names the file, its line and
 * pointer, and says the expected thing; the expectations live beside the files in {@code expectations.tsv}.
 * Files named {@code security-*} are loaded as security.json with an empty environment.
 */
class BadInputCorpusTest {
    @TempDir
    Path dir;

    static Stream<Arguments> corpus() {
        return TestFiles.text("bad/expectations.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), f[2], f[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadFileGivesALocatedDiagnostic(String name, int line, String pointer, String fragment) {
        Path file = TestFiles.resource("bad/" + name);

        List<Diagnostic> diagnostics = diagnosticsOf(file);

        assertThat(diagnostics).as("diagnostics of %s", name)
                .anySatisfy(d -> {
                    assertThat(d.file()).isEqualTo(file);
                    assertThat(d.format()).contains(file.toString()).contains(fragment);
                    assertThat(d.line()).isEqualTo(line);
                    if (line > 0) {
                        assertThat(d.column()).isPositive();
                    }
                    if (!pointer.equals("-")) {
                        assertThat(d.pointer()).isEqualTo(pointer);
                    }
                });
    }

    @Test
    void theCorpusCoversEveryFileInIt() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.resource("bad"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
            assertThat(corpus().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(names);
            assertThat(names).hasSizeGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsing() {
        StringBuilder big = new StringBuilder("{\"web\": {\"region\": \"nyc3\", \"size\": \"s\", \"image\": \"i\", \"user_data\": \"");
        big.append("x".repeat((int) JsonSourceReader.MAX_BYTES)).append("\"}}");
        Path file = TestFiles.write(dir, "cloud.json", big.toString());

        assertThat(diagnosticsOf(file)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("more than the 1 MiB"));
    }

    @Test
    void aFileThatIsNotUtf8TextSaysWhere() throws IOException {
        Path file = dir.resolve("cloud.json");
        Files.write(file, new byte[] {'{', '\n', '"', 'a', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});

        assertThat(diagnosticsOf(file)).singleElement()
                .satisfies(d -> {
                    assertThat(d.message()).contains("not UTF-8 text");
                    assertThat(d.line()).isEqualTo(2);
                });
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        Path file = TestFiles.write(dir, "cloud.json", "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        assertThat(diagnosticsOf(file)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("nested more than 64 levels"));
    }

    @Test
    void aRoleFileLinkedToOutsideTheFolderIsRefusedAndOneInsideIsNot() throws IOException {
        Path outside = Files.writeString(Files.createTempDirectory("outside").resolve("secret.txt"), "not for servers");
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/motd"), "hello");
        Files.createSymbolicLink(dir.resolve("files/link"), outside);
        String role = "{\"defaults\": {\"region\": \"nyc3\", \"size\": \"s\", \"image\": \"i\"},"
                + " \"roles\": {\"web\": {\"files\": [{\"path\": \"/etc/motd\", \"source\": \"SOURCE\"}]}},"
                + " \"servers\": {\"web1\": {\"role\": \"web\"}}}";

        Path linked = TestFiles.write(dir, "cloud.json", role.replace("SOURCE", "files/link"));
        assertThat(diagnosticsOf(linked)).singleElement()
                .satisfies(d -> assertThat(d.format()).contains("/roles/web/files/0/source", "\"files/link\" leads outside the folder"));
        Path inside = TestFiles.write(dir, "cloud.json", role.replace("SOURCE", "files/motd"));
        assertThat(DefinitionLoader.load(inside).roles().get("web").files()).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo("files/motd"));
    }

    @Test
    void aMissingSecurityFileShowsWhatToWrite() {
        assertThatThrownBy(() -> TestProviderTypes.credentials(dir.resolve("security.json"), Map.of("DIGITALOCEAN_TOKEN", "t")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("\"digital_ocean_api_key\"")
                .hasMessageContaining("\"public_ssh_key\"");
    }

    private static List<Diagnostic> diagnosticsOf(Path file) {
        try {
            if (file.getFileName().toString().startsWith("security")) {
                TestProviderTypes.credentials(file, Map.of());
            } else {
                TestProviderTypes.load(file);
            }
        } catch (ConfigException e) {
            assertThat(e.diagnostics()).isNotEmpty();
            return e.diagnostics();
        }
        throw new AssertionError(file + " loaded without a problem");
    }
}
