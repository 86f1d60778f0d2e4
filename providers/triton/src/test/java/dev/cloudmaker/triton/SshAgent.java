package dev.cloudmaker.triton;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code ssh-agent} in the foreground on a socket in a test folder, stopped by its PID on close; keys
 * are made by {@code ssh-keygen} and added with {@code ssh-add}. Tests are skipped where OpenSSH is not installed.
 */
final class SshAgent implements AutoCloseable {
    private final Path socket;
    private final Process process;

    private SshAgent(Path dir) throws IOException {
        this.socket = dir.resolve("agent.sock");
        this.process = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(socket) || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("ssh-agent did not start: " + Files.readString(dir.resolve("agent.log")));
        }
    }

    static SshAgent started(Path dir) {
        for (String tool : List.of("ssh-agent", "ssh-add", "ssh-keygen")) {
            assumeTrue(onPath(tool), tool + " is not installed");
        }
        try {
            return new SshAgent(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path socket() {
        return socket;
    }

    /** A new key without passphrase made by {@code ssh-keygen -t type [-b bits]}, added to this agent; returns the file. */
    Path addNewKey(Path file, String type, int bits) {
        List<String> keygen = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "agent-test", "-f", file.toString()));
        if (bits > 0) {
            keygen.addAll(List.of("-b", String.valueOf(bits)));
        }
        run(keygen);
        run(List.of("ssh-add", file.toString()));
        return file;
    }

    private void run(List<String> command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        process.destroy(); // this agent's PID only
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
