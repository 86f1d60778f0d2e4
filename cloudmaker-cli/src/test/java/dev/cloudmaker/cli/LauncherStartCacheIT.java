package dev.cloudmaker.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher's start-up cache (bin/cloudmaker): made in the background after a run without it, then used,
 * and never a word on the user's stdout or stderr, also when the JVM cannot use the cache. Runs a copy of the
 * launcher beside a copy of the jar in a folder of its own, so the checkout's cache is left alone.
 */
class LauncherStartCacheIT {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path root;
    private Path jar;
    private Path target;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void copyLauncherAndJar() throws IOException {
        assumeTrue(release("JAVA_RUNTIME_VERSION").isPresent(),
                "the JDK's release file names no JAVA_RUNTIME_VERSION, so the launcher keeps no start-up cache for it");
        Files.createDirectories(root.resolve("bin/lib"));
        Files.copy(REPO.resolve("bin/cloudmaker"), root.resolve("bin/cloudmaker"));
        Files.copy(REPO.resolve("bin/lib/find-java.sh"), root.resolve("bin/lib/find-java.sh"));
        Files.createDirectories(root.resolve("examples/local"));
        Files.copy(REPO.resolve("examples/local/cloud.json"), root.resolve("examples/local/cloud.json"));
        target = Files.createDirectories(root.resolve("cloudmaker-cli/target"));
        jar = Files.copy(REPO.resolve("cloudmaker-cli/target/cloudmaker.jar"), target.resolve("cloudmaker.jar"));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void theFirstRunMakesTheCacheInTheBackgroundAndTheNextRunsUseIt() throws Exception {
        Run first = launcher(Map.of(), "--version");

        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("cloudmaker ");
        Path cache = awaitCurrentCache();

        Path classLog = root.resolve("classes.log");
        Run cached = launcher(Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classLog), "--version");
        assertThat(cached.out()).isEqualTo(first.out());
        assertThat(Files.readString(classLog)).as("classes come from " + cache.getFileName())
                .contains("dev.cloudmaker.cli.Main source: shared objects file");
    }

    @Test
    void aCacheTheJvmRefusesIsIgnoredSilentlyAndAStaleOneIsMadeAgain() throws Exception {
        String version = launcher(Map.of("CLOUDMAKER_JVM_CACHE", "off"), "--version").out();
        assertThat(version).startsWith("cloudmaker ");
        // damaged, yet newer than the jar: the launcher hands it to the JVM, which cannot map it
        Path cache = target.resolve("cloudmaker-jdk" + release("JAVA_RUNTIME_VERSION").orElseThrow() + (major() >= 25 ? ".aot" : ".jsa"));
        Files.write(cache, new byte[4096]);

        Run damaged = launcher(Map.of(), "--version");

        assertThat(damaged).isEqualTo(new Run(0, version, ""));
        assertThat(target.resolve(cache.getFileName() + ".making")).as("no new cache made while the current one looks fresh").doesNotExist();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(30)));
        Run stale = launcher(Map.of(), "--version");

        assertThat(stale).isEqualTo(new Run(0, version, ""));
        assertThat(Files.size(awaitCurrentCache())).as("the stale cache was replaced by a real one").isGreaterThan(100_000);
    }

    /**
     * Waits for a cache newer than the jar, with no maker still at work, and returns it; gives up, saying so,
     * when the maker reports that this JDK cannot make one (a JDK without its base CDS archive).
     */
    private Path awaitCurrentCache() {
        Path made = await("the launcher's start-up cache in " + target).atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(this::currentCache, c -> c != null);
        assumeFalse(made.toString().endsWith(".failed"), "this JDK could not make a start-up cache; the launcher runs without one");
        return made;
    }

    private Path currentCache() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            List<Path> all = files.filter(f -> f.getFileName().toString().startsWith("cloudmaker-jdk")).toList();
            if (all.stream().anyMatch(f -> f.toString().endsWith(".making"))) {
                return null; // a maker still at work
            }
            long jarTime = Files.getLastModifiedTime(jar).toMillis();
            for (Path f : all) {
                boolean outcome = Stream.of(".aot", ".jsa", ".failed").anyMatch(f.toString()::endsWith);
                if (outcome && Files.getLastModifiedTime(f).toMillis() > jarTime) {
                    return f;
                }
            }
            return null;
        }
    }

    private Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(root.resolve("bin/cloudmaker").toString()), Stream.of(args)).toList());
        pb.environment().put("JAVA_HOME", JAVA_HOME.toString());
        pb.environment().remove("CLOUDMAKER_JVM_CACHE");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/cloudmaker " + String.join(" ", args) + " still running after 2 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Optional<String> release(String key) throws IOException {
        Path file = JAVA_HOME.resolve("release");
        return !Files.exists(file) ? Optional.empty() : Files.readAllLines(file).stream().filter(l -> l.startsWith(key + "="))
                .map(l -> l.substring(key.length() + 1).replace("\"", "")).findFirst();
    }

    private static int major() {
        return Runtime.version().feature();
    }
}
