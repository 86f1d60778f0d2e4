package dev.cloudmaker.ssh.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.SshConnection;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.SshTarget;
import dev.cloudmaker.testkit.ssh.EmbeddedSshServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waiting for a just-started server whose sshd moved to the hardened port: the wait watches that port
 * (and 22, for a server not bootstrapped yet), not 22 alone. The "server" is an embedded sshd on a free
 * loopback port standing in for the hardened one, started a moment after the wait begins, as a booting
 * machine's sshd would.
 */
class ServerLoginAwaitTest {
    @TempDir
    Path dir;

    private final ScheduledExecutorService boot = Executors.newSingleThreadScheduledExecutor();
    private SshConnector connector;
    private EmbeddedSshServer sshd;

    @BeforeEach
    void setUp() {
        assumeFalse(listens(SshTarget.SSH_PORT), "something listens on 127.0.0.1:22 here, and the test needs port 22 to refuse; skipping");
        connector = new SshConnector((server, stream, line) -> { });
    }

    @AfterEach
    void tearDown() {
        boot.shutdownNow();
        if (sshd != null) {
            sshd.close();
        }
        if (connector != null) {
            connector.close();
        }
    }

    @Test
    void aServerWhoseSshdComesUpLateOnTheHardenedPortIsLoggedInThere() throws Exception {
        Identity identity = IdentityFiles.generate(dir.resolve("id_ed25519"));
        int hardened = freePort();
        sshd = new EmbeddedSshServer(identity.publicKey().line(), hardened);
        KnownHostsFile knownHosts = KnownHostsFile.at(dir.resolve("known_hosts"));
        knownHosts.pin("web", List.of(sshd.host()), hardened, SshPublicKey.parse(sshd.hostKeyLine()));
        ServerLogin login = new ServerLogin(s -> { }, knownHosts, identity, "admin", hardened, connector);

        // well after a first look at the hardened port has found nothing there
        boot.schedule(sshd::start, 2, TimeUnit.SECONDS);

        try (SshConnection ssh = login.await(server(), Duration.ofSeconds(30))) {
            assertThat(ssh.run("echo up", Duration.ofSeconds(10)).exitCode()).isZero();
        }
    }

    @Test
    void aServerThatNeverListensFailsAfterTheTimeoutNamingBothPorts() throws Exception {
        Identity identity = IdentityFiles.generate(dir.resolve("id_ed25519"));
        int hardened = freePort();
        KnownHostsFile knownHosts = KnownHostsFile.at(dir.resolve("known_hosts"));
        knownHosts.pin("web", List.of(EmbeddedSshServer.HOST), hardened, SshPublicKey.parse(new EmbeddedSshServer(identity.publicKey().line(), 0).hostKeyLine()));
        ServerLogin login = new ServerLogin(s -> { }, knownHosts, identity, "admin", hardened, connector);

        assertThatThrownBy(() -> login.await(server(), Duration.ofSeconds(2)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("waiting for web (127.0.0.1) to listen for SSH on port " + hardened + " or 22");
    }

    private static CloudServer server() {
        return new CloudServer("1", "web", "local", "s", "debian-12", ServerStatus.ACTIVE, false, false, List.of(), null, false,
                new Networking(EmbeddedSshServer.HOST, null, null), Instant.EPOCH, "local");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(EmbeddedSshServer.HOST))) {
            return s.getLocalPort();
        }
    }

    private static boolean listens(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(EmbeddedSshServer.HOST, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
