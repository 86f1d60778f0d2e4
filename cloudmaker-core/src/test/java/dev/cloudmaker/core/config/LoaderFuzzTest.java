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
 * Seeded random mutations of the valid examples (byte edits, truncations, inserted JSON tokens, type
 * swaps, duplicated members): the loaders must return a result or throw {@link ConfigException} whose
 * diagnostics name the file, never anything else. A failure names the seed and iteration to replay
 * ({@code -Dcloudmaker.seed=N}). 3,000 cases per loader by default, 50,000 with -Dcloudmaker.campaign=full.
 */
class LoaderFuzzTest {
    private static final long SEED = Long.getLong("cloudmaker.seed", 20240611L);
    private static final int ITERATIONS = dev.cloudmaker.core.Campaign.size(3000, 50_000);
    /** Values of every JSON type, swapped in for a value of another. */
    private static final List<String> VALUES = List.of("null", "true", "0", "-7.5e3", "\"\"", "\"text\"", "[]", "[1, \"a\"]", "{}",
            "{\"k\": [null]}");
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
                file -> TestProviderTypes.credentials(file, Map.of()));
    }

    private void fuzz(List<String> originals, java.util.function.Consumer<Path> loader) {
        Random random = new Random(SEED);
        int rejected = 0;
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
                rejected++;
                for (var d : expected.diagnostics()) {
                    if (!d.format().startsWith(file.toString())) {
                        fail("seed " + SEED + ", iteration " + i + ": a diagnostic that does not name the file: " + d.format()
                                + " for input:\n" + text);
                    }
                }
            } catch (RuntimeException | StackOverflowError unexpected) {
                fail("seed " + SEED + ", iteration " + i + ": " + unexpected + " for input:\n" + text, unexpected);
            }
        }
        System.out.printf("LoaderFuzzTest: %d mutated files (seed %d), %d rejected with a diagnostic, %d loaded, 0 other failures%n",
                ITERATIONS, SEED, rejected, ITERATIONS - rejected);
    }

    private static String mutate(String text, Random random) {
        if (text.isEmpty()) {
            return TOKENS.get(random.nextInt(TOKENS.size()));
        }
        int at = random.nextInt(text.length());
        int len = 1 + random.nextInt(Math.min(8, text.length() - at));
        switch (random.nextInt(9)) {
            case 6 -> {
                return text.substring(0, random.nextInt(text.length())); // truncated
            }
            case 7 -> {
                return swapValue(text, random);
            }
            case 8 -> {
                return duplicateMember(text, random);
            }
            default -> {
                // the byte and token edits below
            }
        }
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, at) + text.substring(at + len);
            case 1 -> text.substring(0, at) + (char) (32 + random.nextInt(95)) + text.substring(at);
            case 2 -> text.substring(0, at) + text.substring(at, at + len) + text.substring(at);
            case 3 -> text.substring(0, at) + (char) (32 + random.nextInt(95)) + text.substring(at + 1);
            case 4 -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
            default -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at + len);
        };
    }

    /** A value after some ':' replaced by a value of (probably) another type. */
    private static String swapValue(String text, Random random) {
        int colon = text.indexOf(':', random.nextInt(text.length()));
        if (colon < 0) {
            return text;
        }
        int end = colon + 1;
        while (end < text.length() && ",}\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(0, colon + 1) + " " + VALUES.get(random.nextInt(VALUES.size())) + text.substring(end);
    }

    /** A line holding a member written again right after itself: a duplicate key. */
    private static String duplicateMember(String text, Random random) {
        List<String> lines = text.lines().toList();
        int at = random.nextInt(lines.size());
        List<String> out = new java.util.ArrayList<>(lines);
        out.add(at, lines.get(at));
        return String.join("\n", out);
    }
}
