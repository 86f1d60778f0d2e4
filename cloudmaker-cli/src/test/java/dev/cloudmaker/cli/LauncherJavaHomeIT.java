package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (bin/cloudmaker, bin/lib/find-java.sh) and a JAVA_HOME it cannot use: an older JDK or a folder
 * without one is not silently overridden; a note on stderr says it is ignored and which JDK runs instead.
 * Runs a copy of the launcher beside a copy of the jar, so the checkout is left alone.
 */
class LauncherJavaHomeIT {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path THIS_JAVA = Path.of(System.getProperty("java.home"), "bin");

    @TempDir
    Path root;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void copyLauncherAndJar() throws IOException {
        Files.createDirectories(root.resolve("bin/lib"));
        Files.copy(REPO.resolve("bin/cloudmaker"), root.resolve("bin/cloudmaker"));
        Files.copy(REPO.resolve("bin/lib/find-java.sh"), root.resolve("bin/lib/find-java.sh"));
        Files.createDirectories(root.resolve("cloudmaker-cli/target"));
        Files.copy(REPO.resolve("cloudmaker-cli/target/cloudmaker.jar"), root.resolve("cloudmaker-cli/target/cloudmaker.jar"));
    }

    @Test
    void aJavaHomeOfAnOlderJdkIsIgnoredWithANoteNamingTheJdkUsed() throws Exception {
        // a JDK 17 as the launcher sees one: its release file says so (its java is never started)
        Path old = Files.createDirectories(root.resolve("jdk-17/bin"));
        Files.writeString(root.resolve("jdk-17/release"), "JAVA_VERSION=\"17.0.12\"\n");
        Path java = Files.writeString(old.resolve("java"), "#!/bin/sh\nexit 99\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = launcher(root.resolve("jdk-17").toString(), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("cloudmaker ");
        assertThat(run.err()).contains("cloudmaker: note: JAVA_HOME (" + root.resolve("jdk-17") + ") is Java 17, older than the 21",
                "it is ignored, and Java ", " is used.");
    }

    @Test
    void aJavaHomeWithoutAJdkIsIgnoredWithANote() throws Exception {
        Run run = launcher(root.resolve("no-such-jdk").toString(), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("JAVA_HOME (" + root.resolve("no-such-jdk") + ") holds no bin/java; it is ignored, and Java ");
    }

    @Test
    void aUsableJavaHomeIsUsedWithoutAWord() throws Exception {
        Run run = launcher(THIS_JAVA.getParent().toString(), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private Run launcher(String javaHome, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(root.resolve("bin/cloudmaker").toString()), java.util.stream.Stream.of(args)).toList());
        pb.environment().put("JAVA_HOME", javaHome);
        pb.environment().put("CLOUDMAKER_JVM_CACHE", "off");
        // the JDK running this test is one the launcher can fall back to
        pb.environment().put("PATH", THIS_JAVA + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/cloudmaker " + String.join(" ", List.of(args)) + " still running after 2 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
