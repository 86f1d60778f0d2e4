package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar run as a separate process, as a user runs it, so that two can run at once and one
 * can be killed. Its output goes to files in {@code logDir}, kept for a look after a failure.
 */
record JarProcess(Process process, Path outFile, Path errFile) {
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    static JarProcess start(Path logDir, Map<String, String> env, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path jar = Path.of(System.getProperty("user.dir"), "target", "cloudmaker.jar");
        assertThat(jar).as("the shaded jar, built before the integration tests").exists();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(logDir, "cli-", ".out");
        Path err = Files.createTempFile(logDir, "cli-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        return new JarProcess(builder.start(), out, err);
    }

    /** Waits (at most three minutes) for the process to end; what it printed and its exit code. */
    CliRun finish() throws IOException, InterruptedException {
        boolean ended = process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("cloudmaker (pid %d) ends within %s; stderr so far:%n%s", process.pid(), RUN_LIMIT, err()).isTrue();
        return new CliRun(process.exitValue(), out(), err());
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    String out() throws IOException {
        return new String(Files.readAllBytes(outFile), StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return new String(Files.readAllBytes(errFile), StandardCharsets.UTF_8);
    }
}
