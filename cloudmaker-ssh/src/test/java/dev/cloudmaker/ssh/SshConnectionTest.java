package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.core.RemoteCommandException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshConnectionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    SshFixture fx;
    SshConnection ssh;

    @BeforeEach
    void connect() {
        fx = new SshFixture(dir);
        ssh = fx.connect();
    }

    @AfterEach
    void close() {
        ssh.close();
        fx.close();
    }

    @Test
    void returnsStdoutStderrAndExitCode() {
        CommandResult result = ssh.run("echo out; echo err >&2; exit 3", TIMEOUT);

        assertThat(result).isEqualTo(new CommandResult(3, "out\n", "err\n"));
        assertThat(result.ok()).isFalse();
        assertThat(ssh.run("true", TIMEOUT).ok()).isTrue();
        assertThat(ssh.server()).isEqualTo("server1");
    }

    @Test
    void theListenerSeesEveryLineInOrderWithItsStream() {
        ssh.run("for i in 1 2 3 4 5; do echo line$i; done; printf 'no newline' >&2", TIMEOUT);

        assertThat(fx.lines).containsExactly(
                "server1 stdout line1", "server1 stdout line2", "server1 stdout line3", "server1 stdout line4",
                "server1 stdout line5", "server1 stderr no newline");
    }

    @Test
    void linesAreStreamedWhileTheCommandStillRuns() {
        // the second echo waits until the test has seen the first: only a live stream lets this finish
        Path go = dir.resolve("go");
        CompletableFuture<CommandResult> running = CompletableFuture.supplyAsync(() -> ssh.run(
                "echo first; while [ ! -e '" + go + "' ]; do sleep 0.05; done; echo second", TIMEOUT));

        await().atMost(Duration.ofSeconds(10)).until(() -> fx.lines.contains("server1 stdout first"));
        assertThat(running).isNotDone();
        touch(go);

        assertThat(running.join().stdout()).isEqualTo("first\nsecond\n");
    }

    @Test
    void feedsStdinAndEndsIt() {
        byte[] input = "hello\nwörld\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ssh.run("cat", input, TIMEOUT).stdout()).isEqualTo("hello\nwörld\n");
        assertThat(ssh.run("wc -c", input, TIMEOUT).stdout().strip()).isEqualTo(String.valueOf(input.length));
        // without stdin the command sees end of input at once rather than waiting for the timeout
        assertThat(ssh.run("cat", Duration.ofSeconds(5)).stdout()).isEmpty();
    }

    @Test
    void aCommandOverItsTimeoutFailsQuicklyAndTheConnectionStaysUsable() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> ssh.run("sleep 30\necho never", Duration.ofMillis(500)))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("server1")
                .hasMessageContaining("`sleep 30…`")
                .hasMessageContaining("500ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        assertThat(ssh.run("echo still here", TIMEOUT).stdout()).isEqualTo("still here\n");
    }

    @Test
    void aLongCommandIsNamedByItsFirst80Characters() {
        String longCommand = "sleep 30 # " + "x".repeat(200);

        assertThatThrownBy(() -> ssh.run(longCommand, Duration.ofMillis(300)))
                .hasMessageContaining("`" + longCommand.substring(0, 80) + "…`")
                .hasMessageNotContaining("x".repeat(100));
    }

    @Test
    void aLostConnectionIsReportedNotWaitedOut() {
        CompletableFuture<CommandResult> running = CompletableFuture.supplyAsync(() -> ssh.run("sleep 30", TIMEOUT));
        await().atMost(Duration.ofSeconds(5)).until(() -> fx.server.activeSessions() == 1);

        fx.server.close();

        assertThatThrownBy(() -> running.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .hasCauseInstanceOf(RemoteCommandException.class)
                .cause().hasMessageContaining("server1").hasMessageContaining("lost");
        assertThatThrownBy(() -> ssh.run("true", TIMEOUT)).isInstanceOf(RemoteCommandException.class);
    }

    @Test
    void aShellSessionRunsCommandsOverOneChannelAndStreamsTheirLines() {
        ShellSession session = ssh.openSession("").orElseThrow();

        assertThat(session.run("echo out; echo err >&2; exit 4", TIMEOUT)).isEqualTo(new CommandResult(4, "out\n", "err\n"));
        assertThat(session.run("printf 'no newline'", TIMEOUT)).isEqualTo(new CommandResult(0, "no newline", ""));
        assertThat(fx.lines).containsExactly("server1 stdout out", "server1 stderr err", "server1 stdout no newline");
        session.close();
        assertThat(session.isOpen()).isFalse();
        assertThat(ssh.run("echo still", TIMEOUT).stdout()).isEqualTo("still\n");
    }

    @Test
    void aClosedConnectionOffersNoShellSession() {
        ssh.close();
        assertThat(ssh.openSession("")).isEmpty();
    }

    @Test
    void aShellSessionEndsWithItsConnection() {
        ShellSession session = ssh.openSession("").orElseThrow();
        CompletableFuture<CommandResult> running = CompletableFuture.supplyAsync(() -> session.run("sleep 30", TIMEOUT));
        await().atMost(Duration.ofSeconds(5)).until(() -> fx.server.activeSessions() == 1);

        fx.server.close();

        assertThatThrownBy(() -> running.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .hasCauseInstanceOf(RemoteCommandException.class).cause().hasMessageContaining("server1")
                .hasMessageContaining("was lost while running `sleep 30`");
        assertThat(session.isOpen()).isFalse();
    }

    @Test
    void uploadWritesTheBytesAndTheMode() throws Exception {
        Path target = dir.resolve("remote/secret.env");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "a much longer old content that must not survive the upload");
        byte[] content = "TOKEN=abc\n".getBytes(StandardCharsets.UTF_8);

        ssh.upload(target.toString(), content, 0600);

        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void uploadHandlesLargeFilesAndRepeatedUse() throws Exception {
        byte[] big = new byte[300_000];
        new Random(7).nextBytes(big);
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.sh");

        ssh.upload(a.toString(), big, 0644);
        ssh.upload(b.toString(), "#!/bin/sh\necho ran\n".getBytes(StandardCharsets.UTF_8), 0750);

        assertThat(Files.readAllBytes(a)).isEqualTo(big);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b))).isEqualTo("rwxr-x---");
        assertThat(ssh.run(b.toString(), TIMEOUT).stdout()).isEqualTo("ran\n");
    }

    @Test
    void uploadToAPlaceThatCannotBeWrittenSaysWhere() {
        String path = dir.resolve("no/such/dir/file").toString();

        assertThatThrownBy(() -> ssh.upload(path, new byte[] {1}, 0600))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("server1")
                .hasMessageContaining(path);
    }

    @Test
    void commandsRunInParallelOnOneConnection() {
        // each command waits until all six have started: run one after another, they would all time out
        String barrier = "touch '" + dir + "'/started-$N; while [ $(ls '" + dir + "' | grep -c started-) -lt 6 ]; do sleep 0.05; done; echo $N";
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<CommandResult>> runs = IntStream.range(0, 6)
                    .mapToObj(i -> pool.submit(() -> ssh.run("N=" + i + "; " + barrier, TIMEOUT)))
                    .toList();

            IntStream.range(0, 6).forEach(i -> assertThat(join(runs.get(i)).stdout()).isEqualTo(i + "\n"));
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void touch(Path p) {
        try {
            Files.createFile(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
