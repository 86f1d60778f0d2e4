package dev.cloudmaker.ssh.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.fleet.ServerLogin;
import dev.cloudmaker.testkit.SshKeys;
import dev.cloudmaker.testkit.ssh.EmbeddedSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key sync against a real SSH server on loopback. Its commands run on this host as the test's user,
 * so each "server" keeps its authorized_keys in a folder of the test's own instead of a home.
 */
class KeySyncTest {
    @TempDir
    Path dir;

    private Identity identity;
    private EmbeddedSshServer server;
    private KnownHostsFile knownHosts;
    private SshConnector connector;
    private final SshPublicKey alice = SshPublicKey.parse(SshKeys.ed25519Line("alice@laptop"));
    private final SshPublicKey bob = SshPublicKey.parse(SshKeys.ed25519Line("bob@desk"));

    @BeforeEach
    void start() {
        identity = IdentityFiles.generate(dir.resolve("id_ed25519"));
        server = EmbeddedSshServer.started(identity.publicKey().line());
        knownHosts = KnownHostsFile.at(dir.resolve("known_hosts"));
        connector = new SshConnector();
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    @Test
    void theFileIsReplacedWholeWithOwnerOnlyModesAndASecondSyncChangesNothing() throws Exception {
        knownHosts.pin("web", List.of(server.host()), server.port(), SshPublicKey.parse(server.hostKeyLine()));
        Path ssh = dir.resolve("web-ssh");
        Files.createDirectories(ssh);
        Path file = ssh.resolve("authorized_keys");
        Files.writeString(file, identity.publicKey().line() + "\n" + bob.line() + "\n");
        Path before = Files.createLink(dir.resolve("old-authorized_keys"), file);
        AuthorizedKeys wanted = AuthorizedKeys.of("ns", identity.publicKey(), List.of(alice));

        List<KeySyncOutcome> first = sync(ssh).run(List.of(server("web", server.host())), wanted);

        assertThat(first).extracting(KeySyncOutcome::describe).containsExactly("updated (+1 -1)");
        assertThat(Files.readString(file)).isEqualTo(wanted.content());
        assertThat(Files.readString(before)).as("the old file was renamed over, not written in place").contains(bob.base64());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ssh))).isEqualTo("rwx------");
        try (Stream<Path> left = Files.list(ssh)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("authorized_keys");
        }

        assertThat(sync(ssh).run(List.of(server("web", server.host())), wanted))
                .extracting(KeySyncOutcome::describe).containsExactly("unchanged");
    }

    @Test
    void aMissingFileAndFolderAreCreated() throws Exception {
        knownHosts.pin("web", List.of(server.host()), server.port(), SshPublicKey.parse(server.hostKeyLine()));
        Path ssh = dir.resolve("fresh").resolve(".ssh");
        Files.createDirectories(ssh.getParent());

        List<KeySyncOutcome> outcome = sync(ssh).run(List.of(server("web", server.host())),
                AuthorizedKeys.of("ns", identity.publicKey(), List.of(alice, bob)));

        assertThat(outcome).extracting(KeySyncOutcome::describe).containsExactly("updated (+3 -0)");
        assertThat(AuthorizedKeys.keysIn(Files.readString(ssh.resolve("authorized_keys")))).hasSize(3);
    }

    @Test
    void aServerThatCannotBeReachedFailsAloneAndIsNamed() throws Exception {
        knownHosts.pin("web", List.of(server.host()), server.port(), SshPublicKey.parse(server.hostKeyLine()));
        Path ssh = Files.createDirectories(dir.resolve("web-ssh"));

        List<KeySyncOutcome> outcomes = sync(ssh).run(List.of(server("web", server.host()), server("gone", server.host())),
                AuthorizedKeys.of("ns", identity.publicKey(), List.of()));

        assertThat(outcomes).extracting(KeySyncOutcome::server).containsExactly("web", "gone");
        assertThat(outcomes.get(0).describe()).isEqualTo("updated (+1 -0)");
        assertThat(outcomes.get(1).failed()).isTrue();
        assertThat(outcomes.get(1).describe()).startsWith("failed: ").contains("no host key is pinned for it");
    }

    private KeySync sync(Path sshDir) {
        ServerLogin login = new ServerLogin(s -> { }, knownHosts, identity, System.getProperty("user.name"), server.port(), connector);
        return new KeySync(login, 4, Duration.ofSeconds(10), (shell, timeout) -> AuthorizedKeysFile.inDirectory(shell, sshDir.toString(), timeout));
    }

    static CloudServer server(String name, String address) {
        return new CloudServer("id-" + name, name, "local", "s", "debian-12", ServerStatus.ACTIVE, false, false, List.of(), null, false,
                new Networking(address, null, null), Instant.EPOCH, "local");
    }
}
