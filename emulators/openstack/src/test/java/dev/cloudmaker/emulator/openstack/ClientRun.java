package dev.cloudmaker.emulator.openstack;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a real OpenStack client (Debian's {@code /usr/bin/python3} with openstacksdk, {@code /usr/bin/openstack})
 * in an environment of its own; tests skip when the client is not installed ({@code .ci/run} installs it).
 */
record ClientRun(int exitCode, String out, String err) {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path OPENSTACK = Path.of("/usr/bin/openstack");
    private static final long LIMIT_SECONDS = 240;

    /** Skips the calling test unless Debian's python3 can import {@code module}. */
    static void requirePython(String module, String debianPackage) {
        assumeTrue(Files.isExecutable(PYTHON), PYTHON + " is missing; .ci/run installs " + debianPackage);
        ClientRun probe = run(List.of(PYTHON.toString(), "-c", "import " + module), Map.of("PATH", "/usr/bin:/bin"),
                Path.of(System.getProperty("java.io.tmpdir")));
        assumeTrue(probe.exitCode == 0, "python3 cannot import " + module + "; .ci/run installs " + debianPackage);
    }

    static void requireOpenStackCli() {
        assumeTrue(Files.isExecutable(OPENSTACK), OPENSTACK + " is missing; .ci/run installs python3-openstackclient");
    }

    static ClientRun run(List<String> command, Map<String, String> env, Path dir) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Path out = Files.createTempFile("client", ".out");
            Path err = Files.createTempFile("client", ".err");
            try {
                Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new IllegalStateException(command + " ran over " + LIMIT_SECONDS + " s; stderr: "
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new ClientRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The run's stdout, failing with its stderr when it did not exit 0. */
    String succeeded() {
        if (exitCode != 0) {
            throw new AssertionError("exit " + exitCode + "\nstdout: " + out + "\nstderr: " + err);
        }
        return out;
    }
}
