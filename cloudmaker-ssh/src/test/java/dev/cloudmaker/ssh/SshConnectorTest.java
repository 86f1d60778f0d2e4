package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.state.HostKeyPin;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.testkit.ssh.EmbeddedSshServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshConnectorTest {
    @TempDir
    Path dir;
    SshFixture fx;

    @BeforeEach
    void start() {
        fx = new SshFixture(dir);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void connectsVerifiesThePinAndLogsIn() {
        try (SshConnection ssh = fx.connect()) {
            assertThat(ssh.run("echo hi", Duration.ofSeconds(10)).stdout()).isEqualTo("hi\n");
            assertThat(ssh.user()).isEqualTo(System.getProperty("user.name"));
        }
    }

    @Test
    void eightParallelConnectionsShareTheConnector() {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<CompletableFuture<String>> outputs = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try (SshConnection ssh = fx.connect()) {
                            return ssh.run("echo " + i, Duration.ofSeconds(20)).stdout();
                        }
                    }, pool))
                    .toList();

            IntStream.range(0, 8).forEach(i -> assertThat(outputs.get(i).join()).isEqualTo(i + "\n"));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> fx.server.activeSessions() == 0); // each close ended its session
    }

    @Test
    void aHostKeyOtherThanThePinnedOneIsRefusedWithTheWholeStory() {
        HostKeyPair other = HostKeyPair.generate();
        HostKeyPin pin = fx.knownHosts.pin("server1", List.of("127.0.0.1"), fx.server.port(), other.sshPublicKey());
        String presented = KeyCodec.fingerprint(fx.server.hostKey());

        assertThatThrownBy(fx::connect)
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageStartingWith("server1: host key mismatch at 127.0.0.1:" + fx.server.port())
                .hasMessageContaining("expected " + other.fingerprint())
                .hasMessageContaining("presented " + presented)
                .hasMessageContaining(pin.location())
                .hasMessageContaining("server's console")
                .hasMessageContaining(pin.removal());
    }

    @Test
    void aHostKeyMismatchIsNotRetried() {
        fx.knownHosts.pin("server1", List.of("127.0.0.1"), fx.server.port(), HostKeyPair.generate().sshPublicKey());
        long start = System.nanoTime();

        assertThatThrownBy(() -> fx.connector.awaitConnection(fx.target(), fx.identity, fx.policy(), Duration.ofSeconds(30)))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("host key mismatch");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void noPinMeansNoConnection() {
        fx.knownHosts.remove("server1");

        assertThatThrownBy(fx::connect)
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("no host key is pinned for server1 in " + fx.knownHosts.file())
                .hasMessageContaining(KeyCodec.fingerprint(fx.server.hostKey()))
                .hasMessageContaining("127.0.0.1:" + fx.server.port())
                .hasMessageContaining("Fix:");
    }

    @Test
    void aRefusedClientKeyFailsAtOnceWithAClearMessage() {
        Identity stranger = IdentityFiles.generate(dir.resolve("stranger"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> fx.connector.awaitConnection(fx.target(), stranger, fx.policy(), Duration.ofSeconds(30)))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("server1: the server at 127.0.0.1:" + fx.server.port())
                .hasMessageContaining("refused the key " + stranger.fingerprint())
                .hasMessageContaining("for user " + System.getProperty("user.name"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void waitsForAServerThatIsStillBooting() throws IOException {
        int port = freePort();
        try (EmbeddedSshServer later = new EmbeddedSshServer(fx.identity.publicKey().line(), port)) {
            fx.knownHosts.pin("server2", List.of("127.0.0.1"), port, SshPublicKey.parse(later.hostKeyLine()));
            SshTarget target = new SshTarget("server2", "127.0.0.1", port, "me", Duration.ofSeconds(5));
            // sshd comes up a second after the first attempts were refused
            CompletableFuture.runAsync(later::start, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));

            try (SshConnection ssh = fx.connector.awaitConnection(target, fx.identity,
                    HostKeyPolicy.pinned(fx.knownHosts, "server2"), Duration.ofSeconds(30))) {
                assertThat(ssh.run("echo up", Duration.ofSeconds(10)).stdout()).isEqualTo("up\n");
            }
        }
    }

    @Test
    void givesUpAfterTheTimeoutSayingWhatItSaw() throws IOException {
        int port = freePort();
        fx.knownHosts.pin("ghost", List.of("127.0.0.1"), port, HostKeyPair.generate().sshPublicKey());
        SshTarget target = new SshTarget("ghost", "127.0.0.1", port, "cloudmaker", Duration.ofSeconds(5));
        long start = System.nanoTime();

        assertThatThrownBy(() -> fx.connector.awaitConnection(target, fx.identity,
                HostKeyPolicy.pinned(fx.knownHosts, "ghost"), Duration.ofSeconds(2)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("ghost (127.0.0.1:" + port + ")")
                .hasMessageContaining("as cloudmaker")
                .hasMessageContaining("last state: connection refused")
                .hasMessageMatching("timed out after 2\\.\\ds .*");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void aPortThatDropsConnectionsBeforeTheHandshakeIsRetriedNotFatal() throws Exception {
        try (ExecutorService acceptor = Executors.newSingleThreadExecutor();
                ServerSocket dropping = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            acceptor.submit(() -> {
                while (!dropping.isClosed()) {
                    dropping.accept().close(); // what a port looks like while sshd restarts
                }
                return null;
            });
            fx.knownHosts.pin("flaky", List.of("127.0.0.1"), dropping.getLocalPort(), HostKeyPair.generate().sshPublicKey());
            SshTarget target = new SshTarget("flaky", "127.0.0.1", dropping.getLocalPort(), "me", Duration.ofSeconds(5));

            assertThatThrownBy(() -> fx.connector.awaitConnection(target, fx.identity,
                    HostKeyPolicy.pinned(fx.knownHosts, "flaky"), Duration.ofSeconds(2)))
                    .isInstanceOf(WaitTimeoutException.class)
                    .hasMessageContaining("flaky (127.0.0.1:" + dropping.getLocalPort() + ")")
                    .hasMessageContaining("closed the connection before the SSH handshake");
        }
    }

    @Test
    void aSingleConnectFailsWithTheReason() throws IOException {
        int port = freePort();
        SshTarget target = new SshTarget("server1", "127.0.0.1", port, "cloudmaker", Duration.ofSeconds(5));

        assertThatThrownBy(() -> fx.connector.connect(target, fx.identity, fx.policy()))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessage("server1: could not log in to 127.0.0.1:" + port + " as cloudmaker: connection refused");
    }

    @Test
    void aPolicyForAnotherServerIsAProgrammingError() {
        SshTarget other = new SshTarget("server9", "127.0.0.1", fx.server.port(), "me", Duration.ofSeconds(5));

        assertThatThrownBy(() -> fx.connector.connect(other, fx.identity, fx.policy()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSystemSshClientTrustsTheSameFileAndAcceptsTheGeneratedKey() {
        OpenSsh.assumeInstalled("ssh");
        String user = System.getProperty("user.name");
        List<String> common = List.of("-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + fx.knownHosts.file(), "-o", "GlobalKnownHostsFile=/dev/null",
                "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-F", "/dev/null",
                "-i", fx.identity.file().orElseThrow().toString(), "-p", String.valueOf(fx.server.port()));

        OpenSsh.Result byAddress = OpenSsh.run("ssh", concat(common, user + "@127.0.0.1", "echo by-address"));
        OpenSsh.Result byAlias = OpenSsh.run("ssh", concat(common, "-o", "HostKeyAlias=server1", user + "@127.0.0.1", "echo by-alias"));

        assertThat(byAddress.output()).as(byAddress.output()).contains("by-address");
        assertThat(byAlias.output()).as(byAlias.output()).contains("by-alias");
        assertThat(Files.exists(fx.knownHosts.file())).isTrue();
    }

    private static String[] concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
