package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The session's protocol, run by the real /bin/sh (dash on Debian) of this machine. */
class ShellSessionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final OutputListener listener = new OutputListener() {
        @Override
        public void line(String server, StdStream stream, String line) {
            seen.add(stream.label() + " " + line);
        }

        @Override
        public void started(String server, String summary) {
            seen.add("started " + summary);
        }
    };
    private final LocalShellLauncher launcher = new LocalShellLauncher();
    private ShellSession session;

    @BeforeEach
    void start() {
        session = ShellSession.start("s1", listener, "", launcher).orElseThrow();
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void runsCommandsOneAfterAnotherWithTheirOwnOutputAndExitCode() {
        assertThat(session.run("echo out; echo err >&2; exit 3", TIMEOUT)).isEqualTo(new CommandResult(3, "out\n", "err\n"));
        assertThat(session.run("true", TIMEOUT)).isEqualTo(new CommandResult(0, "", ""));
        assertThat(session.run("printf 'no newline'; printf 'nor here' >&2", TIMEOUT))
                .isEqualTo(new CommandResult(0, "no newline", "nor here"));
        assertThat(session.run("printf 'two\\n\\n'", TIMEOUT)).isEqualTo(new CommandResult(0, "two\n\n", ""));
    }

    @Test
    void eachCommandRunsInAShellOfItsOwn() {
        // exit, cd and variables end with their command; the session goes on
        session.run("cd /tmp; x=1; exit 0", TIMEOUT);
        assertThat(session.run("pwd; echo \"[$x]\"", TIMEOUT).stdout()).doesNotStartWith("/tmp\n").endsWith("[]\n");
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void aCommandReadsAnImmediateEndOfInput() {
        assertThat(session.run("cat; echo read-all", TIMEOUT)).isEqualTo(new CommandResult(0, "read-all\n", ""));
    }

    @Test
    void multiLineCommandsWithQuotesAndBackslashesArriveAsSent() {
        String command = "a='it''s'\nb=\"back\\\\slash \\$HOME\"\n  printf '%s|%s|\\n' \"$a\" \"$b\"\n\n";
        assertThat(session.run(command, TIMEOUT).stdout()).isEqualTo("its|back\\slash $HOME|\n");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomTextComesBackByteForByte(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int j = 0; j < length; j++) {
                // printable ASCII, newlines, and some UTF-8: what commands print
                int kind = random.nextInt(20);
                text.append(kind == 0 ? '\n' : kind == 1 ? 'ö' : (char) (32 + random.nextInt(95)));
            }
            String expected = text.toString();
            CommandResult r = session.run("printf '%s' " + ShellQuote.quote(expected) + "; printf '%s' "
                    + ShellQuote.quote(expected) + " >&2; exit " + (i % 4), TIMEOUT);
            assertThat(r).isEqualTo(new CommandResult(i % 4, expected, expected));
        }
    }

    @Test
    void theListenerSeesTheCommandAndItsLinesButNotTheProtocol() {
        session.run("echo one; echo two >&2; printf 'three'", TIMEOUT);

        assertThat(seen).containsExactlyInAnyOrder("started echo one; echo two >&2; printf 'three'",
                "stdout one", "stderr two", "stdout three");
        assertThat(seen.get(0)).startsWith("started ");
    }

    @Test
    void logsNameTheLauncherBeforeTheCommand() {
        try (ShellSession launched = ShellSession.start("s1", listener, "exec ", new LocalShellLauncher()).orElseThrow()) {
            launched.run("echo x", TIMEOUT);
        }
        assertThat(seen).containsExactly("started [exec] echo x", "stdout x");
    }

    @Test
    void aCommandOverItsTimeoutEndsTheSessionQuickly() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> session.run("sleep 30", Duration.ofMillis(300)))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("`sleep 30` did not finish within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> !launcher.process.isAlive());
        assertThat(session.isOpen()).isFalse();
    }

    @Test
    void aShellThatDiesMidCommandIsReportedNotWaitedOut() {
        CompletableFuture<CommandResult> running = CompletableFuture.supplyAsync(() -> session.run("sleep 30", TIMEOUT));
        await().atMost(Duration.ofSeconds(10)).until(() -> launcher.process.descendants().findAny().isPresent());
        launcher.process.destroyForcibly();

        assertThatThrownBy(running::join).hasCauseInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("the shell ended (exit 137) while running `sleep 30`");
        assertThat(session.isOpen()).isFalse();
    }

    @Test
    void aShellThatDoesNotStartGivesNoSession() {
        // what sudo does when it asks for a password: a message, an exit, no shell
        assertThat(ShellSession.start("s1", listener, "echo 'sudo: a password is required' >&2; exit 1; ", new LocalShellLauncher()))
                .isEmpty();
    }

    @Test
    void theLoopHasNoSingleQuoteSoItCanBeQuotedWithThem() {
        assertThat(ShellSession.LOOP).doesNotContain("'");
    }
}
