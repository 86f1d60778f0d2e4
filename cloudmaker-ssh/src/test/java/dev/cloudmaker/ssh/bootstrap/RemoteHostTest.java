package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.LocalShellLauncher;
import dev.cloudmaker.ssh.RemoteShell;
import dev.cloudmaker.ssh.ShellSession;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteHostTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final FakeServer server = Servers.debian12();
    private final RemoteHost host = new RemoteHost(server, pauses::add);

    @Test
    void rootCommandsShareOneRootShellWhereTheConnectionOffersOne() {
        SessionShell shell = new SessionShell(true);
        RemoteHost viaSession = new RemoteHost(shell, pauses::add);

        assertThat(viaSession.sudo("echo hi; echo ho >&2; exit 2")).isEqualTo(new CommandResult(2, "hi\n", "ho\n"));
        assertThat(viaSession.withDistro(null).sudo("echo again").stdout()).isEqualTo("again\n");
        assertThat(shell.sessionsAsked).containsExactly("sudo -n ");
        assertThat(shell.commands).isEmpty();

        viaSession.endRootShell();
        assertThat(viaSession.sudo("true").ok()).isTrue();
        assertThat(shell.sessionsAsked).containsExactly("sudo -n ", "sudo -n ");
    }

    @Test
    void withoutARootShellEachCommandGoesThroughSudoAndNoneIsAskedForAgain() {
        SessionShell shell = new SessionShell(false);
        RemoteHost perCommand = new RemoteHost(shell, pauses::add);

        perCommand.sudo("echo hi");
        perCommand.sudo("echo ho");
        assertThat(shell.sessionsAsked).containsExactly("sudo -n ");
        assertThat(shell.commands).containsExactly("sudo -n sh -c 'echo hi'", "sudo -n sh -c 'echo ho'");
    }

    /** A connection that offers root shells (run here by /bin/sh) or none, and answers single commands with nothing. */
    private static final class SessionShell implements RemoteShell {
        final List<String> sessionsAsked = new ArrayList<>();
        final List<String> commands = new ArrayList<>();
        private final boolean offersSessions;

        SessionShell(boolean offersSessions) {
            this.offersSessions = offersSessions;
        }

        @Override
        public String server() {
            return "s1";
        }

        @Override
        public String user() {
            return "cloudmaker";
        }

        @Override
        public CommandResult run(String command, Duration timeout) {
            commands.add(command);
            return new CommandResult(0, "", "");
        }

        @Override
        public CommandResult run(String command, byte[] stdin, Duration timeout) {
            return run(command, timeout);
        }

        @Override
        public void upload(String remotePath, byte[] content, int mode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ShellSession> openSession(String prefix) {
            sessionsAsked.add(prefix);
            return offersSessions ? LocalShellLauncher.session(server()) : Optional.empty();
        }
    }

    @Test
    void sudoWarningAboutTheHostNameIsNoRefusal() {
        server.script("test -e /etc/nothing", new CommandResult(1, "", "sudo: unable to resolve host db1: Name or service not known\n"));
        assertThat(host.files().exists("/etc/nothing")).isFalse();
    }

    @Test
    void sudoMissingIsARefusal() {
        server.script("test -e /etc/nothing", new CommandResult(127, "", "sh: 1: sudo: not found\n"));
        assertThatThrownBy(() -> host.files().exists("/etc/nothing")).isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("sudo refused to run it");
    }

    @Test
    void withoutSshConnectionTheLoginPortIsTakenToBe22() {
        server.script("printf '%s\\n' \"$HOME\" \"$SSH_CONNECTION\"", new CommandResult(0, "/home/cloudmaker\n\n", ""));
        assertThat(host.loginPort()).isEqualTo(22);
        assertThat(host.home()).isEqualTo("/home/cloudmaker");
    }

    @Test
    void theLoginPortComesFromSshConnection() {
        server.loginPort = 2222;
        assertThat(host.loginPort()).isEqualTo(2222);
    }

    @Test
    void rootNeedsNoSudo() {
        FakeServer root = new FakeServer("r1", "root", Family.DEBIAN, "debian-12");
        assertThat(new RemoteHost(root, pauses::add).asRoot("id -u")).isEqualTo("id -u");
        assertThat(host.asRoot("echo 'a'")).isEqualTo("sudo -n sh -c 'echo '\\''a'\\'''");
    }
}
