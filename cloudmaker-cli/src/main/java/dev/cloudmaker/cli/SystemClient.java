package dev.cloudmaker.cli;

import dev.cloudmaker.core.CloudmakerException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The system's own ssh, rsync and scp, run for the user with this terminal. */
public final class SystemClient {
    private static final Map<String, String> PACKAGES = Map.of("ssh", "openssh-client", "scp", "openssh-client", "rsync", "rsync");

    private SystemClient() {
    }

    /** Throws, saying how to install it, when {@code program} is not on the PATH. */
    public static void require(String program, Map<String, String> env) {
        if (onPath(program, env)) {
            return;
        }
        throw new CloudmakerException(program + " is not installed here (not found on the PATH); install it, e.g. `apt-get install "
                + PACKAGES.getOrDefault(program, program) + "`, and run the command again");
    }

    /** Whether {@code program} is on the PATH of {@code env} (this process's PATH when it has none). */
    public static boolean onPath(String program, Map<String, String> env) {
        String path = env.getOrDefault("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code argv} to its end; when {@code out} and {@code err} are this process's own it gets the
     * terminal (stdin too), else its output is copied to them and its stdin is empty. Returns its exit code.
     */
    public static int run(List<String> argv, PrintStream out, PrintStream err) {
        ProcessBuilder pb = new ProcessBuilder(argv);
        boolean terminal = out == System.out && err == System.err;
        if (terminal) {
            pb.inheritIO();
        } else {
            // run in-process (tests, programs): this process's stdin is not the user's to hand over
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        try {
            Process p = pb.start();
            if (terminal) {
                return p.waitFor();
            }
            Thread copyOut = Thread.ofVirtual().start(() -> copy(p.getInputStream(), out));
            Thread copyErr = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), err));
            int code = p.waitFor();
            copyOut.join();
            copyErr.join();
            return code;
        } catch (IOException e) {
            throw new CloudmakerException("could not run " + argv.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.ERROR;
        }
    }

    private static void copy(InputStream from, OutputStream to) {
        try (from) {
            from.transferTo(to);
            to.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
