package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one program on this host with a timeout and gives back its exit code and output. Output goes
 * through temporary files, not pipes, so a chatty program cannot block on a full pipe.
 */
public final class HostCommand {
    private HostCommand() {
    }

    public record Result(List<String> argv, int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** This result, or an exception naming the command, its exit code and what it said. */
        public Result orThrow() {
            if (!ok()) {
                String said = (stderr.isBlank() ? stdout : stderr).strip();
                if (said.length() > 600) {
                    said = "..." + said.substring(said.length() - 600);
                }
                throw new LocalHostException("`" + String.join(" ", argv) + "` failed (exit " + exitCode + ")"
                        + (said.isEmpty() ? "" : ": " + said));
            }
            return this;
        }
    }

    public static Result run(Duration timeout, String... argv) {
        return run(timeout, List.of(argv));
    }

    /** Runs and throws unless the exit code is 0. */
    public static Result check(Duration timeout, String... argv) {
        return run(timeout, List.of(argv)).orThrow();
    }

    public static Result run(Duration timeout, List<String> argv) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("cloudmaker-cmd", ".out");
            err = Files.createTempFile("cloudmaker-cmd", ".err");
            Process p = new ProcessBuilder(argv)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new LocalHostException("`" + String.join(" ", argv) + "` did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(List.copyOf(argv), p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LocalHostException("could not run `" + argv.get(0) + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalHostException("interrupted while running `" + argv.get(0) + "`", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Whether a program is on the PATH. */
    public static boolean available(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program)) || Files.isExecutable(Path.of("/sbin", program));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
