package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.fail;

import dev.cloudmaker.core.ConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random mutations of the valid examples: the loaders must return a result or throw
 * {@link ConfigException}, never anything else. A failure names the seed and iteration to replay.
 */
class LoaderFuzzTest {
    private static final long SEED = 20240611L;
    private static final int ITERATIONS = 3000;
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true",
            "-1e999", "0.5", "\"names\"", "\"servers\"", "\"defaults\"", "\"size\"", "\"$schema\"", "/*", "\n", "\uFEFF", "\u0000",
            "é", "\"a_b.example.com\"", "[[[[[[[[", "}}}}", "\"\\u12\"", "99999999999999999999999");

    @TempDir
    Path dir;

    @Test
    void cloudJsonMutationsNeverEscapeAsOtherExceptions() {
        fuzz(List.of(TestFiles.text("seed/cloud.json"), TestFiles.text("seed/cloud_inventory_style.json"),
                TestFiles.text("valid/cloud-extended.json"), TestFiles.text("valid/cloud-comma-last.json")),
                file -> DefinitionLoader.load(file));
    }

    @Test
    void securityJsonMutationsNeverEscapeAsOtherExceptions() {
        fuzz(List.of(TestFiles.text("valid/security.json"), TestFiles.text("seed/security.json")),
                file -> CredentialsLoader.load(file, Map.of()));
    }

    private void fuzz(List<String> originals, java.util.function.Consumer<Path> loader) {
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            String text = originals.get(random.nextInt(originals.size()));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                text = mutate(text, random);
            }
            Path file = TestFiles.write(dir, "fuzz.json", text);
            try {
                loader.accept(file);
            } catch (ConfigException expected) {
                // a clean rejection is fine
            } catch (RuntimeException | StackOverflowError unexpected) {
                fail("seed " + SEED + ", iteration " + i + ": " + unexpected + " for input:\n" + text, unexpected);
            }
        }
    }

    private static String mutate(String text, Random random) {
        if (text.isEmpty()) {
            return TOKENS.get(random.nextInt(TOKENS.size()));
        }
        int at = random.nextInt(text.length());
        int len = 1 + random.nextInt(Math.min(8, text.length() - at));
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, at) + text.substring(at + len);
            case 1 -> text.substring(0, at) + (char) (32 + random.nextInt(95)) + text.substring(at);
            case 2 -> text.substring(0, at) + text.substring(at, at + len) + text.substring(at);
            case 3 -> text.substring(0, at) + (char) (32 + random.nextInt(95)) + text.substring(at + 1);
            case 4 -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
            default -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at + len);
        };
    }
}
