package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code ssh-agent} in the foreground on a socket in a test folder, stopped by its PID on
 * close; keys are added with the real {@code ssh-add}, the passphrase handed over by an askpass script.
 */
final class SshAgentProcess implements AutoCloseable {
    private final Path dir;
    private final Path socket;
    private final Process process;

    private SshAgentProcess(Path dir) throws IOException {
        this.dir = dir;
        this.socket = dir.resolve("agent.sock");
        this.process = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(socket) || !process.isAlive());
        assertThat(process.isAlive()).as("ssh-agent started: " + Files.readString(dir.resolve("agent.log"))).isTrue();
    }

    /** Skips the calling test unless ssh-agent, ssh-add and ssh-keygen are installed. */
    static SshAgentProcess started(Path dir) {
        OpenSsh.assumeInstalled("ssh-agent");
        OpenSsh.assumeInstalled("ssh-add");
        OpenSsh.assumeInstalled("ssh-keygen");
        try {
            return new SshAgentProcess(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path socket() {
        return socket;
    }

    /** {@code ssh-add file}, typing {@code passphrase} through SSH_ASKPASS. */
    void add(Path file, String passphrase) {
        try {
            Path askpass = dir.resolve("askpass.sh");
            Files.writeString(askpass, "#!/bin/sh\nprintf '%s\\n' '" + passphrase + "'\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
            ProcessBuilder pb = new ProcessBuilder("ssh-add", file.toString()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().put("SSH_AUTH_SOCK", socket.toString());
            pb.environment().put("SSH_ASKPASS", askpass.toString());
            pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ssh-add finished").isTrue();
            assertThat(p.exitValue()).as(output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new key made by ssh-keygen, encrypted with {@code passphrase}; its public half beside it as {@code .pub}. */
    static Path newKey(Path file, String passphrase) {
        OpenSsh.Result made = OpenSsh.run("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "test", "-f", file.toString());
        assertThat(made.exitCode()).as(made.output()).isZero();
        return file;
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
