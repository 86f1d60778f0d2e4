package dev.cloudmaker.ssh.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.testkit.ssh.EmbeddedSshServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One command on several servers at once. The servers are one real SSH server on loopback known under
 * three names (each pinned to its host key), so every name gets a session of its own.
 */
class FleetExecTest {
    @TempDir
    Path dir;

    private Identity identity;
    private EmbeddedSshServer sshd;
    private KnownHostsFile knownHosts;
    private SshConnector connector;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        identity = IdentityFiles.generate(dir.resolve("id_ed25519"));
        sshd = EmbeddedSshServer.started(identity.publicKey().line());
        knownHosts = KnownHostsFile.at(dir.resolve("known_hosts"));
        for (String name : List.of("one", "two", "three")) {
            knownHosts.pin(name, List.of(sshd.host()), sshd.port(), SshPublicKey.parse(sshd.hostKeyLine()));
        }
        connector = new SshConnector((server, stream, line) -> lines.add(server + " " + stream.label() + " " + line));
    }

    @AfterEach
    void stop() {
        connector.close();
        sshd.close();
    }

    @Test
    void everyServerRunsTheCommandAndItsLinesArriveUnderItsName() {
        List<ExecOutcome> outcomes = exec(s -> { }).run(servers("one", "two", "three"), "echo out; echo err >&2", Duration.ofSeconds(20));

        assertThat(outcomes).extracting(ExecOutcome::server, ExecOutcome::exitCode, ExecOutcome::failure)
                .containsExactly(tuple("one", 0, null), tuple("two", 0, null), tuple("three", 0, null));
        assertThat(lines).containsExactlyInAnyOrder("one stdout out", "one stderr err", "two stdout out", "two stderr err",
                "three stdout out", "three stderr err");
    }

    @Test
    void eachServerKeepsItsOwnExitCode() {
        List<ExecOutcome> outcomes = exec(s -> { }).run(servers("one"), "exit 3", Duration.ofSeconds(20));

        assertThat(outcomes).extracting(ExecOutcome::exitCode, ExecOutcome::ran).containsExactly(tuple(3, true));
    }

    @Test
    void aServerThatMayNotBeReachedIsAnOutcomeNotAnAbort() {
        List<ExecOutcome> outcomes = exec(s -> {
            if (s.name().equals("two")) {
                throw new CloudmakerException("refusing to connect to two: its address is not routed via our bridge");
            }
        }).run(servers("one", "two"), "true", Duration.ofSeconds(20));

        assertThat(outcomes).extracting(ExecOutcome::exitCode).containsExactly(0, ExecOutcome.NOT_RUN);
        assertThat(outcomes.get(1).failure()).isEqualTo("refusing to connect to two: its address is not routed via our bridge");
    }

    @Test
    void aServerWithoutAPinnedHostKeyIsNotLoggedInTo() {
        List<ExecOutcome> outcomes = exec(s -> { }).run(servers("unpinned"), "true", Duration.ofSeconds(20));

        assertThat(outcomes.getFirst().exitCode()).isEqualTo(ExecOutcome.NOT_RUN);
        assertThat(outcomes.getFirst().failure()).startsWith("no host key is pinned for it in " + knownHosts.file());
    }

    @Test
    void aCommandThatRunsTooLongIsCutAndSaysSo() {
        List<ExecOutcome> outcomes = exec(s -> { }).run(servers("one"), "sleep 30", Duration.ofMillis(500));

        assertThat(outcomes.getFirst().exitCode()).isEqualTo(ExecOutcome.NOT_RUN);
        assertThat(outcomes.getFirst().failure()).contains("did not finish within");
    }

    private FleetExec exec(Consumer<CloudServer> checkReachable) {
        return new FleetExec(new ServerLogin(checkReachable, knownHosts, identity, System.getProperty("user.name"), sshd.port(), connector),
                4, Duration.ofSeconds(10));
    }

    private static List<CloudServer> servers(String... names) {
        return java.util.Arrays.stream(names).map(name -> new CloudServer("id-" + name, name, "local", "s", "debian-12",
                ServerStatus.ACTIVE, false, false, List.of(), null, false, new Networking(EmbeddedSshServer.HOST, null, null), Instant.EPOCH, "local")).toList();
    }
}
