package dev.cloudmaker.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The size and the seeds of a seeded reliability campaign. {@code -Dcloudmaker.campaign=full} (which
 * bin/test passes on to Maven) runs the full size; by default a reduced one keeps the test run short.
 * {@code -Dcloudmaker.campaign.seed=N} runs only seed N, to replay a failure.
 */
public final class Campaign {
    public static final String SIZE_PROPERTY = "cloudmaker.campaign";
    public static final String SEED_PROPERTY = "cloudmaker.campaign.seed";

    private Campaign() {
    }

    public static boolean full() {
        return "full".equals(System.getProperty(SIZE_PROPERTY, "reduced"));
    }

    /** The seeds to run: the one asked for, or {@code reduced} / {@code full} many from {@code first} on. */
    public static List<Long> seeds(long first, int reduced, int fullSize) {
        Optional<Long> one = Optional.ofNullable(System.getProperty(SEED_PROPERTY)).filter(s -> !s.isBlank())
                .map(String::trim).map(Long::parseLong);
        return one.map(List::of).orElseGet(() -> LongStream.range(first, first + (full() ? fullSize : reduced))
                .boxed().toList());
    }

    /** The command that runs one seed of an integration test again. */
    public static String replayCommand(String module, String testClass, long seed) {
        return "./mvnw -B -o -pl " + module + " -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dit.test=" + testClass + " -Dfailsafe.failIfNoSpecifiedTests=false -D" + SEED_PROPERTY + "=" + seed;
    }

    /** The module under test as a path from the repository root (the nearest folder up holding mvnw), e.g. {@code cloudmaker-cli}. */
    public static String moduleUnderTest() {
        Path module = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path root = module; root != null; root = root.getParent()) {
            if (Files.exists(root.resolve("mvnw"))) {
                return root.equals(module) ? "." : root.relativize(module).toString();
            }
        }
        return module.toString();
    }

    /** Writes the campaign's figures to {@code target/reliability/<name>.txt} of the module under test. */
    public static Path writeSummary(String name, String text) {
        Path file = Path.of(System.getProperty("user.dir"), "target", "reliability", name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
