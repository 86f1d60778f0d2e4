package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.testkit.SshKeys;
import dev.cloudmaker.testkit.ssh.EmbeddedSshServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three places a login key is kept: a real ssh-agent, an encrypted file with a passphrase asked for, and neither. */
class LoginKeysTest {
    private static final String PASSPHRASE = "correct horse 7";
    private static final PassphrasePrompt NEVER = (file, attempt) -> {
        throw new AssertionError("asked for the passphrase of " + file);
    };

    @TempDir
    Path dir;

    @Test
    void theAgentsKeyLogsInWithoutAskingForThePassphrase() throws IOException {
        try (SshAgentProcess agent = SshAgentProcess.started(dir)) {
            Path key = SshAgentProcess.newKey(dir.resolve("id_ed25519"), PASSPHRASE);
            agent.add(key, PASSPHRASE);
            SshPublicKey pub = publicOf(key);

            Identity identity = new LoginKeys(pub, null, dir, agent.socket(), NEVER).identity();

            assertThat(identity.inAgent()).isTrue();
            assertThat(identity.file()).isEmpty();
            assertThat(identity.toString()).doesNotContain(PASSPHRASE);
            assertThat(runEchoAs(identity, pub)).isEqualTo("hi\n");
        }
    }

    @Test
    void aLoginOffersOnlyTheDefinitionsKeyOfAllTheAgentHolds() throws IOException {
        try (SshAgentProcess agent = SshAgentProcess.started(dir)) {
            Path mine = SshAgentProcess.newKey(dir.resolve("id_ed25519"), PASSPHRASE);
            Path other = SshAgentProcess.newKey(dir.resolve("other"), "");
            agent.add(mine, PASSPHRASE);
            agent.add(other, "");

            Identity identity = new LoginKeys(publicOf(mine), null, dir, agent.socket(), NEVER).identity();

            // the server authorizes only the other key, which the agent holds too: it must not be offered
            assertThatThrownBy(() -> runEchoAs(identity, publicOf(other)))
                    .isInstanceOf(RemoteCommandException.class)
                    .hasMessageContaining("refused the key " + identity.fingerprint())
                    .hasMessageContaining("held by the ssh-agent at " + agent.socket());
        }
    }

    /** What the CLI gives the system's ssh when only the agent holds the key: its public half as -i. */
    @Test
    void theSystemSshPicksTheAgentsKeyByItsPublicHalf() throws Exception {
        OpenSsh.assumeInstalled("ssh");
        try (SshAgentProcess agent = SshAgentProcess.started(dir)) {
            Path key = SshAgentProcess.newKey(dir.resolve("id_ed25519"), PASSPHRASE);
            agent.add(key, PASSPHRASE);
            Files.delete(key); // only the agent has the private half now
            Path pub = key.resolveSibling("id_ed25519.pub");
            try (EmbeddedSshServer server = EmbeddedSshServer.started(publicOf(key).line())) {
                KnownHostsFile pins = KnownHostsFile.at(dir.resolve("known_hosts"));
                pins.pin("server1", List.of(server.host()), server.port(), SshPublicKey.parse(server.hostKeyLine()));
                ProcessBuilder ssh = new ProcessBuilder("ssh", "-F", "/dev/null", "-o", "BatchMode=yes",
                        "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + pins.file(), "-o", "HostKeyAlias=server1",
                        "-o", "IdentitiesOnly=yes", "-i", pub.toString(), "-p", String.valueOf(server.port()),
                        System.getProperty("user.name") + "@" + server.host(), "echo via-agent")
                        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                ssh.environment().put("SSH_AUTH_SOCK", agent.socket().toString());
                Process p = ssh.start();
                String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

                assertThat(output).as(output).contains("via-agent");
            }
        }
    }

    @Test
    void anEncryptedKeyTheAgentDoesNotHoldIsDecryptedWithThePassphraseAskedFor() throws IOException {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path key = SshAgentProcess.newKey(dir.resolve("id_ed25519"), PASSPHRASE);
        List<Integer> asked = new CopyOnWriteArrayList<>();
        PassphrasePrompt wrongThenRight = (file, attempt) -> {
            assertThat(file).isEqualTo(key);
            asked.add(attempt);
            return Optional.of(Secret.of(attempt == 0 ? "not it" : PASSPHRASE));
        };

        Identity identity = new LoginKeys(publicOf(key), null, dir, null, wrongThenRight).identity();

        assertThat(asked).containsExactly(0, 1);
        assertThat(identity.inAgent()).isFalse();
        assertThat(identity.file()).contains(key);
        assertThat(runEchoAs(identity, publicOf(key))).isEqualTo("hi\n");
    }

    @Test
    void threeWrongPassphrasesEndItWithoutRepeatingAnyOfThem() {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path key = SshAgentProcess.newKey(dir.resolve("id_ed25519"), PASSPHRASE);
        List<Integer> asked = new CopyOnWriteArrayList<>();
        PassphrasePrompt wrong = (file, attempt) -> {
            asked.add(attempt);
            return Optional.of(Secret.of("wrong-guess-" + attempt));
        };

        assertThatThrownBy(() -> new LoginKeys(publicOf(key), key, dir, null, wrong).identity())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key + ": the passphrase was wrong 3 times")
                .hasMessageContaining("ssh-add")
                .hasMessageNotContaining("wrong-guess");
        assertThat(asked).containsExactly(0, 1, 2);
    }

    @Test
    void theKeyFileIsFoundByItsPublicHalfWithoutAskingForThePassphrase() {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path key = SshAgentProcess.newKey(dir.resolve("id_ecdsa"), PASSPHRASE);

        LoginKeys keys = new LoginKeys(publicOf(key), null, dir, null, NEVER);

        assertThat(keys.privateKeyFile()).contains(key);
        assertThat(keys.agentHolds()).isFalse();
    }

    @Test
    void withNoKeyAnywhereTheMessageNamesTheThreeWaysIn() {
        IdentityFiles.generate(dir.resolve("id_ed25519")); // someone else's key
        SshPublicKey wanted = SshPublicKey.parse(SshKeys.ed25519Line("elsewhere"));
        LoginKeys keys = new LoginKeys(wanted, null, dir, null, NEVER);

        assertThat(keys.privateKeyFile()).isEmpty();
        assertThatThrownBy(keys::identity)
                .isInstanceOf(NoLoginKeyException.class)
                .hasMessageContaining(wanted.md5Fingerprint())
                .hasMessageContaining("no ssh-agent is set (SSH_AUTH_SOCK)")
                .hasMessageContaining("none of id_ed25519, id_ecdsa, id_rsa belongs to it")
                .hasMessageContaining("Fix: give cloudmaker the private key in one of three ways: put it beside its public half in " + dir)
                .hasMessageContaining("set \"private_ssh_key_file\" in security.json")
                .hasMessageContaining("load it into your ssh-agent with `ssh-add`");
    }

    @Test
    void anAgentWithoutTheKeyIsSaidSo() {
        try (SshAgentProcess agent = SshAgentProcess.started(dir)) {
            SshPublicKey wanted = SshPublicKey.parse(SshKeys.ed25519Line("elsewhere"));

            assertThatThrownBy(() -> new LoginKeys(wanted, null, dir, agent.socket(), NEVER).identity())
                    .isInstanceOf(NoLoginKeyException.class)
                    .hasMessageContaining("the ssh-agent at " + agent.socket() + " does not hold it");
        }
    }

    @Test
    void theAgentSocketComesFromTheEnvironment() {
        assertThat(LoginKeys.agentSocket(Map.of("SSH_AUTH_SOCK", "/run/agent.sock"))).isEqualTo(Path.of("/run/agent.sock"));
        assertThat(LoginKeys.agentSocket(Map.of("SSH_AUTH_SOCK", " "))).isNull();
        assertThat(LoginKeys.agentSocket(Map.of())).isNull();
    }

    /** Logs in to an embedded server authorizing {@code authorized}, pinned, and runs echo. */
    private String runEchoAs(Identity identity, SshPublicKey authorized) {
        try (EmbeddedSshServer server = EmbeddedSshServer.started(authorized.line());
             SshConnector connector = new SshConnector()) {
            KnownHostsFile pins = KnownHostsFile.at(dir.resolve("known_hosts"));
            pins.pin("server1", List.of(server.host()), server.port(), SshPublicKey.parse(server.hostKeyLine()));
            SshTarget target = new SshTarget("server1", server.host(), server.port(), System.getProperty("user.name"), Duration.ofSeconds(10));
            try (SshConnection ssh = connector.connect(target, identity, HostKeyPolicy.pinned(pins, "server1"))) {
                return ssh.run("echo hi", Duration.ofSeconds(10)).stdout();
            }
        }
    }

    private static SshPublicKey publicOf(Path key) {
        try {
            return SshPublicKey.parse(Files.readString(key.resolveSibling(key.getFileName() + ".pub")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
