package dev.cloudmaker.ssh;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.testkit.ssh.EmbeddedSshServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An embedded server that authorizes a fresh identity, its host key pinned as "server1", and a
 * connector whose listener records every line: what most connection tests start from.
 */
final class SshFixture implements AutoCloseable {
    static final String SERVER = "server1";

    final Identity identity;
    final EmbeddedSshServer server;
    final KnownHostsFile knownHosts;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final SshConnector connector;

    SshFixture(Path dir) {
        identity = IdentityFiles.generate(dir.resolve("id_ed25519"));
        server = EmbeddedSshServer.started(identity.publicKey().line());
        knownHosts = KnownHostsFile.at(dir.resolve("known_hosts"));
        knownHosts.pin(SERVER, List.of(server.host()), server.port(), SshPublicKey.parse(server.hostKeyLine()));
        connector = new SshConnector((name, stream, line) -> lines.add(name + " " + stream.label() + " " + line));
    }

    SshTarget target() {
        return new SshTarget(SERVER, server.host(), server.port(), System.getProperty("user.name"), Duration.ofSeconds(10));
    }

    HostKeyPolicy policy() {
        return HostKeyPolicy.pinned(knownHosts, SERVER);
    }

    SshConnection connect() {
        return connector.connect(target(), identity, policy());
    }

    @Override
    public void close() {
        connector.close();
        server.close();
    }
}
